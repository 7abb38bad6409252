using System.Text;
using System.Text.RegularExpressions;
using Mediazona.Ingestion.Validation;

namespace Mediazona.Ingestion.Sources.Sudrf;

/// <summary>Bytes of a card page to text: the sender's charset, else the BOM, else the page's meta, else a guess.</summary>
public static partial class CardDecoding
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    static readonly Encoding Windows1251;

    static CardDecoding()
    {
        // windows-1251 is not built into .NET: the code-pages provider adds it.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1251 = Encoding.GetEncoding(1251);
    }

    /// <summary>The decoded text and the encoding used, or a rejection on field "content".</summary>
    public static (string? Text, string Encoding, Rejection? Rejection) Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (LooksBinary(bytes))
            return (null, "", new("content", "the bytes are not text (binary data)"));

        var bom = Bom(bytes);
        var (declared, declaredBy) = CharsetOf(contentType) is { } senderCharset
            ? (senderCharset, "the sender's content type")
            : bom is not null ? (bom.WebName, "the byte order mark") : (MetaCharset(bytes), "the page's meta charset");

        Encoding encoding;
        if (declared is null)
            encoding = IsValidUtf8(bytes) ? StrictUtf8 : Windows1251;
        else if (Resolve(declared) is { } known)
            encoding = known;
        else
            return (null, "", new("content", $"unknown charset '{Shorten(declared)}' declared by {declaredBy}"));

        var body = bom is not null && bom.WebName == encoding.WebName ? bytes[bom.Preamble.Length..] : bytes;
        if (encoding.CodePage == Encoding.UTF8.CodePage && !IsValidUtf8(body))
            return (null, "", new("content", $"the bytes are not valid UTF-8 although {declaredBy} says so (give the real charset in content_type)"));
        if (encoding.IsSingleByte && !body.IsEmpty && IsValidUtf8(body) && HasMultiByteUtf8(body))
            return (null, "", new("content", $"the bytes are UTF-8 although {declaredBy} says {encoding.WebName} (give the real charset in content_type)"));

        string text;
        try
        {
            text = (encoding.CodePage == Encoding.UTF8.CodePage ? StrictUtf8 : encoding).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return (null, "", new("content", $"the bytes cannot be decoded as {encoding.WebName}"));
        }
        return (text, encoding.WebName, null);
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
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    static bool HasMultiByteUtf8(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80)
                return true;
        }
        return false;
    }

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

    static Encoding? Resolve(string charset)
    {
        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "cp1251" or "win-1251" or "windows1251" or "win1251" => "windows-1251",
            "utf8" => "utf-8",
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
