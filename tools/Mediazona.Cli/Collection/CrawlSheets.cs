using Mediazona.Cli.Output;
using Mediazona.Contracts.Collection.V1;

namespace Mediazona.Cli.Collection;

/// <summary>A crawl's last message per court as a sheet: what was walked, what ingestion made of the cards, how the court ended.</summary>
internal static class CrawlSheets
{
    public const string Ok = "OK";

    static readonly Column[] Columns =
    [
        new("court_code", "Court", CellKind.Text),
        new("list_pages", "List pages"),
        new("cards", "Cards"),
        new("new", "New"),
        new("revisions", "Revisions"),
        new("unchanged", "Unchanged"),
        new("rejected", "Rejected"),
        new("status", "Status", CellKind.Text),
        new("cause", "Cause", CellKind.Text),
    ];

    public static Sheet Of(IReadOnlyList<CrawlResponse> finished) =>
        new("Crawl", Columns, [.. finished.OrderBy(f => f.CourtCode, StringComparer.Ordinal).Select(f => new object[]
        {
            f.CourtCode, f.ListPages, f.CardsFetched, f.NewCases, f.Revisions, f.Unchanged, f.Rejected, f.Result, f.Cause,
        })])
        {
            Totals =
            [
                "Total", finished.Sum(f => f.ListPages), finished.Sum(f => f.CardsFetched), finished.Sum(f => f.NewCases),
                finished.Sum(f => f.Revisions), finished.Sum(f => f.Unchanged), finished.Sum(f => f.Rejected),
                $"{finished.Count(Collected)} of {finished.Count} collected", "",
            ],
            Notes = ["Cards: card pages fetched; New, Revisions, Unchanged, Rejected: what ingestion made of them."],
        };

    /// <summary>A court is collected when its pass ended OK; a captcha, a block, an error or an unknown page is not.</summary>
    public static bool Collected(CrawlResponse finished) => finished.Result == Ok;
}
