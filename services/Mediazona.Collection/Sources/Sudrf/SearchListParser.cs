using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Mediazona.Collection.Sources.Sudrf;

/// <summary>
/// Results pages of both generations: A (table#tablcont, th headers, 7 or 8 columns, em-dash count, paging with page=) and
/// B (div#resultTable > table.law-case-table, thead td, count in &lt;b&gt;, _page=; the mobile copy in #resultMob is skipped).
/// </summary>
public static partial class SearchListParser
{
    static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>The page read as a list, or null when it holds no results table of either generation.</summary>
    public static SearchListPage? Parse(string html)
    {
        var document = Parser.ParseDocument(html);
        var tableB = document.QuerySelector("div#resultTable table.law-case-table") ?? document.QuerySelector("table.law-case-table");
        var tableA = document.QuerySelector("table#tablcont");
        if (tableB is null && tableA is null)
            return null;
        var rows = tableB is not null ? RowsB(tableB) : RowsA(tableA!);
        var countText = (document.QuerySelector("div.lawcase-count") ?? document.QuerySelector("td[align=right]"))?.TextContent ?? document.Body?.TextContent ?? "";
        var total = Count().Match(countText) is { Success: true } t ? Number(t.Groups[1].Value) : null;
        var range = Range().Match(countText);
        var pageParameter = tableB is not null ? PageB() : PageA();
        var maxPage = document.QuerySelectorAll("a[href]")
            .Select(a => pageParameter.Match(a.GetAttribute("href") ?? ""))
            .Where(m => m.Success)
            .Select(m => Number(m.Groups[1].Value) ?? 1)
            .DefaultIfEmpty(1)
            .Max();
        return new SearchListPage(
            tableB is not null ? QueryVariant.B : QueryVariant.A,
            rows,
            total,
            range.Success ? Number(range.Groups[1].Value) : null,
            range.Success ? Number(range.Groups[2].Value) : null,
            maxPage,
            CourtCodes.FromPage(html));
    }

    static List<ListRow> RowsA(IElement table)
    {
        var rows = new List<ListRow>();
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            var cells = row.Children.Where(c => c.LocalName == "td").ToList();
            // Real parsers allow 7 or 8 columns and skip shorter rows (headers, spacers).
            if (cells.Count < 7 || cells[0].QuerySelector("a[href]") is not { } link)
                continue;
            Add(rows, link, cells[1], cells[4], cells[5]);
        }
        return rows;
    }

    static List<ListRow> RowsB(IElement table)
    {
        var rows = new List<ListRow>();
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            var cells = row.Children.Where(c => c.LocalName == "td").ToList();
            if (cells.Count < 6 || (row.QuerySelector("a.open-lawcase") ?? cells[0].QuerySelector("a[href]")) is not { } link)
                continue;
            Add(rows, link, cells[1], cells[4], cells[5]);
        }
        return rows;
    }

    static void Add(List<ListRow> rows, IElement link, IElement entry, IElement decided, IElement decision)
    {
        var href = link.GetAttribute("href") ?? "";
        if (CardKey(href) is not { } key || rows.Exists(r => r.CardKey == key))
            return;
        var decisionDate = Date(decided.TextContent);
        var result = Clean(decision.TextContent);
        rows.Add(new ListRow(key, href, Clean(link.TextContent), Date(entry.TextContent), decisionDate, decisionDate is null && result.Length == 0 ? "" : $"{Clean(decided.TextContent)} {result}"));
    }

    /// <summary>«case_id=123» (A) or «_id=123», else «_uid=…» (B; some links carry only the uid).</summary>
    public static string? CardKey(string href)
    {
        var parameters = Parameter().Matches(href).GroupBy(m => m.Groups[1].Value, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Groups[2].Value, StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { "case_id", "_id", "_uid", "case_uid" })
        {
            if (parameters.TryGetValue(name, out var value) && value.Length > 0)
                return $"{name}={value}";
        }
        return null;
    }

    static DateOnly? Date(string text) => DatePattern().Match(text) is { Success: true } match
        && DateOnly.TryParseExact(match.Value, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    static string Clean(string text) => Whitespace().Replace(text.Replace('\u00a0', ' '), " ").Trim();

    static int? Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"Всего по запросу найдено\s*[—–-]?\s*(\d+)")]
    private static partial Regex Count();

    [GeneratedRegex(@"записи\s+с\s+(\d+)\s+по\s+(\d+)")]
    private static partial Regex Range();

    [GeneratedRegex(@"[?&]page=(\d+)")]
    private static partial Regex PageA();

    [GeneratedRegex(@"[?&]_page=(\d+)")]
    private static partial Regex PageB();

    [GeneratedRegex(@"[?&]([A-Za-z_]+)=([^&#]*)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\d{2}\.\d{2}\.\d{4}")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
