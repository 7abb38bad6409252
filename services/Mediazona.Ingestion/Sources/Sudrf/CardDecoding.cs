using System.Text;
using System.Text.RegularExpressions;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Validation;

namespace Mediazona.Ingestion.Sources.Sudrf;

/// <summary>A page's text and how its bytes were read (Rejection set when they cannot be read).</summary>
public sealed record DecodedPage(string? Text, string Encoding, PageDecoding Decoding, Rejection? Rejection)
{
    public static DecodedPage Unreadable(string reason) => new(null, "", new PageDecoding(), new("content", reason));
}

/// <summary>
/// Bytes of a card page to text, by what the bytes are: a byte-order mark; else valid UTF-8 with Cyrillic in it is UTF-8
/// (scrapers and browsers save served windows-1251 pages as UTF-8 and keep the page's meta); else the sender's charset,
/// else the page's meta, when it reads as Russian; else whichever of windows-1251 and KOI8-R reads as Russian.
/// A declared charset the bytes contradict is noted (PageDecoding.mismatches), never a reason to refuse the page.
/// </summary>
public static partial class CardDecoding
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    static readonly Encoding Windows1251;
    static readonly Encoding Koi8R;
    /// <summary>Per byte: 1 when it reads as a frequent letter in windows-1251, plus 1 &lt;&lt; 16 when in KOI8-R.</summary>
    static readonly int[] FrequentLetterCounts;

    static CardDecoding()
    {
        // windows-1251 and KOI8-R are not built into .NET: the code-pages provider adds them.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1251 = Encoding.GetEncoding(1251);
        Koi8R = Encoding.GetEncoding("koi8-r");
        FrequentLetterCounts = new int[256];
        for (var b = 0x80; b <= 0xFF; b++)
        {
            FrequentLetterCounts[b] = (IsFrequentLetter(Windows1251, b) ? 1 : 0) + (IsFrequentLetter(Koi8R, b) ? 1 << 16 : 0);
        }
    }

    /// <summary>The decoded page, or a rejection on field "content" when the bytes are no text anyone can read.</summary>
    public static DecodedPage Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (LooksBinary(bytes))
            return DecodedPage.Unreadable("the bytes are not text (binary data)");

        var senderCharset = CharsetOf(contentType) ?? "";
        var pageCharset = MetaCharset(bytes) ?? "";
        var (sender, page) = (Resolve(senderCharset), Resolve(pageCharset));
        var (encoding, evidence) = Choose(bytes, sender, page);
        if (encoding is null)
            return DecodedPage.Unreadable("the bytes are not UTF-8 and read as no Russian text in windows-1251 or KOI8-R: their encoding cannot be told");

        var bom = Bom(bytes);
        var body = bom is not null && bom.WebName == encoding.WebName ? bytes[bom.Preamble.Length..] : bytes;
        var decoding = new PageDecoding { Encoding = encoding.WebName, Evidence = evidence, SenderCharset = Shorten(senderCharset), PageCharset = Shorten(pageCharset) };
        Mismatch(decoding, "the sender's content type", senderCharset, sender, encoding);
        Mismatch(decoding, "the page's meta charset", pageCharset, page, encoding);
        // Only valid UTF-8 is ever read as UTF-8 (checked above), so the strict decoder cannot throw here.
        var text = (encoding.CodePage == Encoding.UTF8.CodePage ? StrictUtf8 : encoding).GetString(body);
        return new DecodedPage(text, encoding.WebName, decoding, null);
    }

    /// <summary>The decision table of docs/ingestion.md: the encoding to read the bytes with and what decided it (null: unreadable).</summary>
    static (Encoding? Encoding, DecodingEvidence Evidence) Choose(ReadOnlySpan<byte> bytes, Encoding? sender, Encoding? page)
    {
        // A UTF-8 mark before bytes that are not UTF-8 says nothing: the rest of the table decides.
        if (Bom(bytes) is { } bom && (bom.CodePage != Encoding.UTF8.CodePage || System.Text.Unicode.Utf8.IsValid(bytes[3..])))
            return (bom, DecodingEvidence.ByteOrderMark);
        var validUtf8 = System.Text.Unicode.Utf8.IsValid(bytes);
        // In valid UTF-8, 0xD0 and 0xD1 are only ever lead bytes of U+0400–U+047F: Cyrillic letters.
        if (validUtf8 && bytes.IndexOfAny((byte)0xD0, (byte)0xD1) >= 0)
            return (StrictUtf8, DecodingEvidence.Bytes);

        var (declared, declaredBy) = sender is not null ? (sender, DecodingEvidence.Sender)
            : page is not null ? (page, DecodingEvidence.Page) : (null, DecodingEvidence.Unspecified);
        if (bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0)
            return (declared ?? StrictUtf8, declared is null ? DecodingEvidence.Bytes : declaredBy); // ASCII reads the same in all of them
        if (declared is not null && declared.CodePage == Encoding.UTF8.CodePage && validUtf8)
            return (declared, declaredBy);

        var (cp1251, koi8) = RussianLetters(bytes);
        var (best, bestScore) = koi8 > cp1251 ? (Koi8R, koi8) : (Windows1251, cp1251);
        if (declared is { IsSingleByte: true })
        {
            var declaredScore = declared.CodePage == Windows1251.CodePage ? cp1251
                : declared.CodePage == Koi8R.CodePage ? koi8 : RussianLetters(bytes, declared);
            // A declared charset stands unless another reads at least twice as Russian (a Latin charset on Cyrillic bytes).
            if (declaredScore * 2 >= bestScore || bestScore < MinRussianLetters)
                return (declared, declaredBy);
        }
        if (bestScore >= MinRussianLetters)
            return (best, DecodingEvidence.Guess);
        return validUtf8 ? (StrictUtf8, DecodingEvidence.Bytes) : (null, DecodingEvidence.Unspecified);
    }

    /// <summary>Fewer frequent letters than this is no evidence of Russian text (a card has hundreds).</summary>
    const int MinRussianLetters = 8;

    /// <summary>
    /// The ten most frequent Russian letters, lower case: about two thirds of running text. Reading windows-1251 bytes
    /// as KOI8-R (or back) swaps the cases, so the wrong reading has few of them.
    /// </summary>
    const string FrequentLetters = "оеаинтсрвл";

    static bool IsFrequentLetter(Encoding encoding, int b) => FrequentLetters.Contains(encoding.GetString([(byte)b])[0], StringComparison.Ordinal);

    /// <summary>Enough letters to tell the two readings apart: pages can be 200 KB, and their first pages of text decide.</summary>
    const int EnoughLetters = 4096;

    /// <summary>How many bytes read as frequent Russian letters in windows-1251 and in KOI8-R (one pass, no decoding).</summary>
    static (int Windows1251, int Koi8R) RussianLetters(ReadOnlySpan<byte> bytes)
    {
        int cp1251 = 0, koi8 = 0;
        const int Chunk = 4096; // small enough that the packed 16-bit halves cannot overflow
        for (var start = 0; start < bytes.Length && cp1251 + koi8 < EnoughLetters; start += Chunk)
        {
            var packed = 0;
            foreach (var b in bytes.Slice(start, Math.Min(Chunk, bytes.Length - start)))
                packed += FrequentLetterCounts[b];
            cp1251 += packed & 0xFFFF;
            koi8 += packed >> 16;
        }
        return (cp1251, koi8);
    }

    /// <summary>The same count for another declared single-byte charset (rare: cp866, ISO-8859-5, a Latin one).</summary>
    static int RussianLetters(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var text = encoding.GetString(bytes);
        var count = 0;
        foreach (var c in text)
        {
            if (c >= '\u0400' && FrequentLetters.Contains(c, StringComparison.Ordinal))
                count++;
        }
        return count;
    }

    static void Mismatch(PageDecoding decoding, string who, string declared, Encoding? named, Encoding used)
    {
        if (declared.Length == 0)
            return;
        if (named is null)
            decoding.Mismatches.Add($"{who} names an unknown charset '{Shorten(declared)}'; the bytes were read as {used.WebName}");
        else if (named.CodePage != used.CodePage)
            decoding.Mismatches.Add($"{who} says {named.WebName}; the bytes were read as {used.WebName}");
    }

    /// <summary>NUL bytes or many control characters in the first 8 KB: an image, an archive, a PDF...</summary>
    static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (Bom(bytes) is { CodePage: 1200 or 1201 })
            return false; // UTF-16 text has NUL bytes by design
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
                return true;
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
                control++;
        }
        return head.Length > 0 && control * 20 > head.Length;
    }

    static Encoding? Bom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => StrictUtf8,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    /// <summary>charset=... of a Content-Type header, or null.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
            return null;
        var match = ContentTypeCharset().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The charset a meta tag declares in the first 4 KB (read as ASCII: charset names are ASCII).</summary>
    static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Charset names seen so far: an unknown name costs an exception to look up, once.</summary>
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Encoding?> Resolved = new(StringComparer.OrdinalIgnoreCase);

    static Encoding? Resolve(string charset) =>
        charset.Length == 0 ? null : Resolved.Count < 256 ? Resolved.GetOrAdd(charset, Lookup) : Lookup(charset);

    static Encoding? Lookup(string charset)
    {
        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "cp1251" or "win-1251" or "windows1251" or "win1251" => "windows-1251",
            "utf8" => "utf-8",
            "koi8r" or "koi8" => "koi8-r",
            _ => name,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    static string Shorten(string value) => value.Length <= 30 ? value : value[..30] + "…";

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeCharset();

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}
