using AngleSharp.Html.Parser;

namespace Mediazona.Ingestion.Sources.Sudrf;

/// <summary>
/// Court card page bytes to a case, or a rejection with its reason. Pure (no I/O), never throws, and bounded:
/// pages over <see cref="MaxPageBytes"/> or nested deeper than <see cref="MaxNesting"/> are rejected before
/// the HTML parser sees them.
/// </summary>
public static class CardParser
{
    public const int MaxPageBytes = 5 * 1024 * 1024;
    public const int MaxNesting = 1000;
    const string Content = "content";

    /// <summary>Pages that the court's site serves instead of a card; the text says what went wrong.</summary>
    static readonly (string Marker, string Reason)[] ErrorPages =
    [
        ("Информация временно недоступна", "court error page «Информация временно недоступна» (retry later)"),
        ("Warning: pg_connect()", "court error page: the site's database is down (Warning: pg_connect())"),
        ("В настоящий момент производится информационное наполнение сайта", "court error page: the site is being filled in (retry later)"),
        ("Warning: pg_query()", "malformed card: the site's database query failed (Warning: pg_query())"),
    ];

    static readonly HtmlParserOptions Options = new() { IsScripting = false, IsNotConsumingCharacterReferences = false };
    /// <summary>Creating a parser builds its browsing context (~7 ms): one per thread, reused (measured in the benchmark).</summary>
    static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(Options));

    public static ParsedCard Parse(byte[] content, CardSource source) => Parse(content.AsSpan(), source);

    public static ParsedCard Parse(ReadOnlySpan<byte> content, CardSource source)
    {
        try
        {
            return ParseUnsafe(content, source);
        }
#pragma warning disable CA1031 // the contract is "never throws": anything unexpected is a rejection, not a crash
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ParsedCard.Rejected(Content, $"the page could not be parsed ({ex.GetType().Name})");
        }
    }

    static ParsedCard ParseUnsafe(ReadOnlySpan<byte> content, CardSource source)
    {
        if (content.IsEmpty)
            return ParsedCard.Rejected(Content, "the page is empty");
        if (content.Length > MaxPageBytes)
            return ParsedCard.Rejected(Content, $"the page is {content.Length} bytes; at most {MaxPageBytes} are read");

        var decoded = CardDecoding.Decode(content, source.ContentType);
        if (decoded.Rejection is { } undecodable)
            return new(null, undecodable, CardLayout.Unknown, decoded.Encoding);
        var (text, encoding) = (decoded.Text!, decoded.Encoding);

        foreach (var (marker, reason) in ErrorPages)
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
                return ParsedCard.Rejected(Content, reason, encoding);
        }
        if (text.Contains("Проверочный код", StringComparison.OrdinalIgnoreCase))
            return ParsedCard.Rejected(Content, "captcha page («Проверочный код»): the site asked for a code instead of the card", encoding);
        if (!text.Contains("</html>", StringComparison.OrdinalIgnoreCase))
            return ParsedCard.Rejected(Content, "the page is truncated (it has no closing </html>)", encoding);
        if (Nesting(text) > MaxNesting)
            return ParsedCard.Rejected(Content, $"the page nests elements deeper than {MaxNesting} levels", encoding);

        using var document = Parser.Value!.ParseDocument(text);
        return CardPage.Read(document, source, decoded);
    }

    /// <summary>
    /// A rough upper bound on element nesting (opening tags minus closing tags), so that hostile pages cannot
    /// drive the tree walk into a stack overflow, which no catch could stop.
    /// </summary>
    static int Nesting(string text)
    {
        var depth = 0;
        var max = 0;
        for (var i = text.IndexOf('<'); i >= 0 && i < text.Length - 1; i = text.IndexOf('<', i + 1))
        {
            var next = text[i + 1];
            if (next == '/')
                depth = Math.Max(0, depth - 1);
            else if (char.IsAsciiLetter(next) && !IsVoid(text, i + 1))
                max = Math.Max(max, ++depth);
        }
        return max;
    }

    static readonly string[] VoidElements = ["br", "hr", "img", "input", "meta", "link", "col", "area", "base", "wbr", "source", "td", "th", "tr", "li", "p", "option"];

    /// <summary>Void elements (and those whose end tags pages often omit) do not count towards nesting.</summary>
    static bool IsVoid(string text, int nameStart)
    {
        foreach (var name in VoidElements)
        {
            var end = nameStart + name.Length;
            if (end <= text.Length && string.Compare(text, nameStart, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end == text.Length || !char.IsAsciiLetterOrDigit(text[end])))
                return true;
        }
        return false;
    }
}
