using System.Text;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Sources.Sudrf;
using Mediazona.Ingestion.Tests.Support;

namespace Mediazona.Ingestion.Tests.Sources.Sudrf;

/// <summary>The decoding decision table of docs/ingestion.md, row by row: what the bytes are beats what anyone declares.</summary>
public class CardDecodingTests
{
    const string Russian = "Дата поступления 10.02.2023. Категория дела: самовольное оставление части или места службы. Судья Смирнов.";

    static byte[] Page(string encoding, string meta = "")
    {
        var head = meta.Length == 0 ? "" : $"""<meta http-equiv="Content-Type" content="text/html; charset={meta}">""";
        var html = $"<html><head>{head}</head><body><p>{Russian}</p></body></html>";
        return encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(html),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(html)],
            "windows-1251" => CodePages.Windows1251.GetBytes(html),
            "koi8-r" => CodePages.Koi8R.GetBytes(html),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        };
    }

    [Theory]
    // Bytes written as      meta            sender's charset  → read as        decided by                         mismatches
    [InlineData("utf-8", "windows-1251", "", "utf-8", DecodingEvidence.Bytes, 1)] // saved by a browser or scraper
    [InlineData("utf-8", "", "windows-1251", "utf-8", DecodingEvidence.Bytes, 1)]
    [InlineData("utf-8", "utf-8", "", "utf-8", DecodingEvidence.Bytes, 0)]
    [InlineData("utf-8", "", "", "utf-8", DecodingEvidence.Bytes, 0)]
    [InlineData("utf-8-bom", "windows-1251", "", "utf-8", DecodingEvidence.ByteOrderMark, 1)]
    [InlineData("windows-1251", "windows-1251", "", "windows-1251", DecodingEvidence.Page, 0)] // as served
    [InlineData("windows-1251", "utf-8", "windows-1251", "windows-1251", DecodingEvidence.Sender, 1)]
    [InlineData("windows-1251", "utf-8", "", "windows-1251", DecodingEvidence.Guess, 1)]
    [InlineData("windows-1251", "", "utf-8", "windows-1251", DecodingEvidence.Guess, 1)]
    [InlineData("windows-1251", "iso-8859-1", "", "windows-1251", DecodingEvidence.Guess, 1)] // a Latin charset on Cyrillic bytes
    [InlineData("windows-1251", "", "", "windows-1251", DecodingEvidence.Guess, 0)]
    [InlineData("koi8-r", "", "", "koi8-r", DecodingEvidence.Guess, 0)]
    [InlineData("koi8-r", "koi8-r", "", "koi8-r", DecodingEvidence.Page, 0)]
    [InlineData("koi8-r", "windows-1251", "", "koi8-r", DecodingEvidence.Guess, 1)]
    [InlineData("windows-1251", "koi8-r", "", "windows-1251", DecodingEvidence.Guess, 1)]
    public void Each_row_of_the_decision_table(string written, string meta, string senderCharset, string readAs, DecodingEvidence evidence, int mismatches)
    {
        var decoded = CardDecoding.Decode(Page(written, meta), senderCharset.Length == 0 ? null : $"text/html; charset={senderCharset}");

        Assert.Null(decoded.Rejection);
        Assert.Contains(Russian, decoded.Text, StringComparison.Ordinal);
        Assert.Equal((readAs, evidence, mismatches), (decoded.Encoding, decoded.Decoding.Evidence, decoded.Decoding.Mismatches.Count));
        Assert.Equal((senderCharset, meta), (decoded.Decoding.SenderCharset, decoded.Decoding.PageCharset));
    }

    [Fact]
    public void A_mismatch_says_who_declared_what_and_how_the_bytes_were_read()
    {
        var decoded = CardDecoding.Decode(Page("utf-8", "windows-1251"), "text/html; charset=cp1251");
        Assert.Equal(
            ["the sender's content type says windows-1251; the bytes were read as utf-8", "the page's meta charset says windows-1251; the bytes were read as utf-8"],
            decoded.Decoding.Mismatches);
    }

    [Fact]
    public void Plain_ascii_is_read_in_the_declared_charset_without_a_mismatch()
    {
        var decoded = CardDecoding.Decode("<html><head><meta charset=windows-1251></head><body>1-45/2023</body></html>"u8, null);
        Assert.Equal(("windows-1251", DecodingEvidence.Page, 0), (decoded.Encoding, decoded.Decoding.Evidence, decoded.Decoding.Mismatches.Count));
    }

    [Fact]
    public void Bytes_that_are_no_utf8_and_read_as_no_russian_are_quarantined_not_guessed()
    {
        var bytes = Encoding.ASCII.GetBytes("<html><body>case ").Concat(new byte[] { 0x81, 0x83, 0x98, 0x9A, 0x80, 0x99 }).Concat(Encoding.ASCII.GetBytes("</body></html>")).ToArray();
        var decoded = CardDecoding.Decode(bytes, null);
        Assert.Null(decoded.Text);
        Assert.Equal("content", decoded.Rejection!.Field);
        Assert.Contains("encoding cannot be told", decoded.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_charset_name_is_kept_short_on_the_revision()
    {
        var decoded = CardDecoding.Decode(Page("utf-8"), "text/html; charset=" + new string('x', 500));
        Assert.Equal(31, decoded.Decoding.SenderCharset.Length); // 30 characters and an ellipsis
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Fact]
    public void Binary_data_is_no_text()
    {
        Assert.Contains("binary", CardDecoding.Decode(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D }, null).Rejection!.Reason, StringComparison.Ordinal);
    }
}
