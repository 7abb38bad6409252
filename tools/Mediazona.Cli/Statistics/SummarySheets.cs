using System.Globalization;
using Mediazona.Cli.Output;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Statistics;

/// <summary>GetSummary (and each WatchSummary update) as sheets: the headline figures, then per category and per article.</summary>
internal static class SummarySheets
{
    static readonly Column[] Headline =
    [
        new("as_of", "As of", CellKind.Text),
        new("cases", "Cases"),
        new("defendants", "Defendants"),
        new("verdict_cases", "Verdict cases"),
        new("pending_cases", "Pending cases"),
        new("convicted_defendants", "Convicted"),
        new("acquitted_defendants", "Acquitted"),
        new("known_sentences", "Known sentences"),
        new("suspended_sentences", "Suspended"),
        new("suspended_share", "Suspended share", CellKind.Share),
        // A version number, not a quantity: no digit grouping.
        new("data_version", "Data version", CellKind.Text),
    ];

    static readonly Column[] ByCategory = [new("category", "Category", CellKind.Text), new("cases", "Cases"), new("defendants", "Defendants")];
    static readonly Column[] ByArticle = [new("article", "Article", CellKind.Text), new("cases", "Cases"), new("defendants", "Defendants")];

    /// <summary>The summary itself as one row (CSV: one line per summary, so a watch writes one line per update).</summary>
    public static Sheet Figures(GetSummaryResponse s) => new("Summary", Headline,
    [
        [s.AsOf, s.Cases, s.Defendants, s.VerdictCases, s.PendingCases, s.ConvictedDefendants, s.AcquittedDefendants,
            s.KnownSentences, s.SuspendedSentences, s.SuspendedShare, s.DataVersion.ToString(CultureInfo.InvariantCulture)],
    ]) { Transposed = true };

    public static IReadOnlyList<Sheet> Of(GetSummaryResponse s) =>
    [
        Figures(s),
        new("By category", ByCategory, [.. s.ByCategory.Select(c => new object[] { c.Category.ToString(), c.Cases, c.Defendants })]),
        new("By article", ByArticle, [.. s.ByArticle.Select(a => new object[] { a.Article, a.Cases, a.Defendants })]),
    ];
}
