using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Mediazona.Ingestion.Sources.Sudrf;

/// <summary>Text helpers for card pages: tolerant label matching, white space, dates.</summary>
public static partial class CardText
{
    /// <summary>What a card prints for an empty field.</summary>
    public const string NotFilled = "Не заполнено";

    /// <summary>Collapses every kind of white space (nbsp included) to one space and trims.</summary>
    public static string Clean(string? value) =>
        value is null ? "" : Whitespace().Replace(value, " ").Trim();

    /// <summary>
    /// An element's text as a reader sees it: a line break (br) or a block (p, div, tr, li…) separates words, so
    /// «ПРЕКРАЩЕНО&lt;br&gt;назначена» reads «ПРЕКРАЩЕНО назначена», not «ПРЕКРАЩЕНОназначена». Scripts and styles are no text.
    /// </summary>
    public static string Flat(IElement element)
    {
        // Most cells hold text or inline markup only (<b>Дата</b>): their TextContent is already the answer.
        if (!HasBreaks(element))
            return element.TextContent;
        var builder = new StringBuilder();
        AppendFlat(element, builder);
        return builder.ToString();
    }

    /// <summary>Whether any descendant breaks words or is no text (walked by sibling links: no collections allocated).</summary>
    static bool HasBreaks(IElement element)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (SeparatesWords(child.LocalName) || child.LocalName is "script" or "style" || HasBreaks(child))
                return true;
        }
        return false;
    }

    static void AppendFlat(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
                builder.Append(text.Data);
            else if (child is IElement element && element.LocalName is not ("script" or "style"))
            {
                var separates = SeparatesWords(element.LocalName);
                if (separates)
                    builder.Append(' ');
                AppendFlat(element, builder);
                if (separates)
                    builder.Append(' ');
            }
        }
    }

    /// <summary>Line breaks and block-level elements (HTML's own list, with table parts): a reader sees a break around them.</summary>
    static bool SeparatesWords(string name) => name is "br" or "p" or "div" or "tr" or "td" or "th" or "li" or "ul" or "ol" or "dl" or "dt" or "dd"
        or "table" or "tbody" or "thead" or "tfoot" or "caption" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "hr" or "pre"
        or "blockquote" or "section" or "article" or "header" or "footer" or "main" or "nav" or "aside" or "address" or "form"
        or "fieldset" or "figure" or "figcaption" or "center";

    /// <summary>A label as compared: cleaned, lower case, without trailing colons, dots and asterisks.</summary>
    public static string Label(string? value) => Clean(value).TrimEnd(':', '.', '*', ' ').ToLowerInvariant();

    /// <summary>Whether a printed label is one of the known wordings (the printed one may continue after it).</summary>
    public static bool Matches(string printedLabel, params string[] wordings)
    {
        var label = Label(printedLabel);
        foreach (var wording in wordings)
        {
            if (label.StartsWith(wording, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>A value as stored: cleaned, and "" for «Не заполнено».</summary>
    public static string Value(string? value)
    {
        var cleaned = Clean(value);
        return cleaned.Equals(NotFilled, StringComparison.OrdinalIgnoreCase) ? "" : cleaned;
    }

    /// <summary>
    /// dd.mm.yyyy (also with / or -, a two-digit year, or trailing text like "г.") to YYYY-MM-DD; "" for an
    /// empty value; null when the value holds a date that does not exist or is not a date at all.
    /// </summary>
    public static string? IsoDate(string value)
    {
        if (value.Length == 0)
            return "";
        var match = DatePattern().Match(value);
        if (!match.Success)
            return null;
        var day = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        if (match.Groups[3].Value.Length == 2)
            year += 2000;
        if (month is < 1 or > 12 || year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    [GeneratedRegex(@"[\s\u00A0\u2007\u202F\u200B\uFEFF]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*(\d{1,2})[./\-](\d{1,2})[./\-](\d{4}|\d{2})(?!\d)")]
    private static partial Regex DatePattern();
}
