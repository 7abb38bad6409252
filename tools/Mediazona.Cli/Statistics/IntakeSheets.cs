using Mediazona.Cli.Output;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Statistics;

/// <summary>GetMonthlyIntake (a row per month) and GetArticleBreakdown (a row per article, then per part of it) as sheets.</summary>
internal static class IntakeSheets
{
    /// <summary>What the part column says on an article's own row (its totals; "" is an article charged without a part).</summary>
    public const string AllParts = "all";

    static readonly Column[] Months =
    [
        new("month", "Month", CellKind.Text),
        new("cases_received", "Cases received"),
        new("verdicts", "Verdicts"),
        new("record", "Record", CellKind.Flag) { Mark = "★ record" },
    ];

    static readonly Column[] Articles =
    [
        new("article", "Article", CellKind.Text),
        new("part", "Part", CellKind.Text),
        new("category", "Category", CellKind.Text),
        new("cases", "Cases"),
        new("defendants", "Defendants"),
        new("verdict_cases", "Verdict cases"),
        new("convicted_defendants", "Convicted"),
    ];

    public static IReadOnlyList<Sheet> Monthly(GetMonthlyIntakeResponse r) =>
    [
        new($"Monthly intake as of {r.AsOf}", Months, [.. r.Months.Select(m => new object[] { m.Month, m.CasesReceived, m.Verdicts, m.Record })])
        {
            Totals = ["Total", r.Months.Sum(m => m.CasesReceived), r.Months.Sum(m => m.Verdicts), false],
            Notes = [r.RecordMonth.Length > 0 ? $"Record month: {r.RecordMonth}" : "No cases", Version(r.DataVersion)],
        },
    ];

    /// <summary>No totals row: a case counts under every article it is charged under, so articles do not add up.</summary>
    public static IReadOnlyList<Sheet> Breakdown(GetArticleBreakdownResponse r) =>
    [
        new($"Articles as of {r.AsOf}", Articles, [.. r.Articles.SelectMany(a =>
            new[] { Part(a, AllParts, a.Totals ?? new PartFigure()) }.Concat(a.Parts.Select(p => Part(a, p.Part, p))))])
        {
            Notes = ["A case counts under each article and part charged: parts may add up to more than their article.", Version(r.DataVersion)],
        },
    ];

    static object[] Part(ArticleBreakdown article, string part, PartFigure f) =>
        [article.Article, part, article.Category.ToString(), f.Cases, f.Defendants, f.VerdictCases, f.ConvictedDefendants];

    internal static string Version(long dataVersion) => $"Data version {dataVersion}";
}
