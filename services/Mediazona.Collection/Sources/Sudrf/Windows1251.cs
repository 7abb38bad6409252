using System.Text;
using System.Text.RegularExpressions;

namespace Mediazona.Collection.Sources.Sudrf;

/// <summary>The sites' encoding: query values percent-encoded in windows-1251, pages decoded by their declared charset.</summary>
public static partial class Windows1251
{
    public static readonly Encoding Encoding = Register();

    static Encoding Register()
    {
        // windows-1251 is not built into .NET: the code-pages provider adds it (once, here).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    }

    /// <summary>«337 ч.5» → «337+%F7.5»: unreserved ASCII as is, space as +, every other byte %XX of its cp1251 code.</summary>
    public static string PercentEncode(string value)
    {
        var text = new StringBuilder(value.Length * 3);
        foreach (var b in Encoding.GetBytes(value))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
                text.Append((char)b);
            else if (b == (byte)' ')
                text.Append('+');
            else
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>Page bytes to text: the Content-Type's charset, else the page's meta, else UTF-8 when the bytes are valid UTF-8 with Cyrillic, else windows-1251.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var declared = Charset(contentType ?? "") ?? Charset(Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]));
        if (declared is not null && Resolve(declared) is { } encoding)
            return encoding.GetString(bytes);
        return System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.GetString(bytes);
    }

    /// <summary>The charset a page really is in, for the Content-Type handed to ingestion.</summary>
    public static string ContentTypeOf(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var declared = Charset(contentType ?? "") ?? Charset(Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]));
        var name = declared is not null && Resolve(declared) is { } encoding ? encoding.WebName
            : System.Text.Unicode.Utf8.IsValid(bytes) ? "utf-8" : "windows-1251";
        return $"text/html; charset={name}";
    }

    static string? Charset(string text) => CharsetPattern().Match(text) is { Success: true } match ? match.Groups[1].Value : null;

    static Encoding? Resolve(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Trim().ToLowerInvariant() is "cp1251" or "win-1251" ? "windows-1251" : name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
