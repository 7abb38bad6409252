using Mediazona.Cli.Output;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Statistics;

/// <summary>GetCourtBreakdown and GetTransparency as sheets: a row per court, the totals as the footer.</summary>
internal static class CourtSheets
{
    static readonly IReadOnlyList<(int Number, string Name)> Sources = ProtoEnums.Values(CaseReflection.Descriptor, "FactSource");

    static readonly Column[] Courts =
    [
        new("court_code", "Court", CellKind.Text),
        new("court_name", "Name", CellKind.Text),
        new("cases", "Cases"),
        new("defendants", "Defendants"),
        new("verdict_cases", "Verdicts"),
        new("convicted_defendants", "Convicted"),
        new("known_sentences", "Known"),
        new("suspended_sentences", "Suspended"),
        new("suspended_share", "Suspended share", CellKind.Share),
        new("longest_real_months", "Longest real", CellKind.Months),
        new("longest_suspended_months", "Longest suspended", CellKind.Months),
    ];

    static readonly Column[] Transparency =
    [
        new("court_code", "Court", CellKind.Text),
        new("court_name", "Name", CellKind.Text),
        new("verdict_cases", "Verdicts"),
        new("published_verdict_cases", "With act"),
        new("published_share", "Share with act", CellKind.Share),
        new("known_sentences", "Known"),
        .. Sources.Select(s => new Column("source_" + s.Name, ProtoEnums.Heading(s.Name))),
    ];

    /// <summary>Each case has one court, so the totals are sums (and the longest terms the longest of all).</summary>
    public static IReadOnlyList<Sheet> Breakdown(GetCourtBreakdownResponse r)
    {
        var known = r.Courts.Sum(c => c.KnownSentences);
        var suspended = r.Courts.Sum(c => c.SuspendedSentences);
        return
        [
            new($"Courts as of {r.AsOf}", Courts, [.. r.Courts.Select(c => new object[]
            {
                c.CourtCode, c.CourtName, c.Cases, c.Defendants, c.VerdictCases, c.ConvictedDefendants, c.KnownSentences,
                c.SuspendedSentences, c.SuspendedShare, c.LongestRealMonths, c.LongestSuspendedMonths,
            })])
            {
                Totals =
                [
                    "Total", CourtCount(r.Courts.Count), r.Courts.Sum(c => c.Cases), r.Courts.Sum(c => c.Defendants),
                    r.Courts.Sum(c => c.VerdictCases), r.Courts.Sum(c => c.ConvictedDefendants), known, suspended,
                    known == 0 ? 0.0 : (double)suspended / known,
                    r.Courts.Select(c => c.LongestRealMonths).DefaultIfEmpty().Max(),
                    r.Courts.Select(c => c.LongestSuspendedMonths).DefaultIfEmpty().Max(),
                ],
                Notes = ["Known: convicted defendants whose sentence is known; longest terms in months.", IntakeSheets.Version(r.DataVersion)],
            },
        ];
    }

    public static IReadOnlyList<Sheet> Transparent(GetTransparencyResponse r) =>
    [
        new($"Transparency as of {r.AsOf}", Transparency, [.. r.Courts.Select(c => Figure(c.CourtCode, c.CourtName, c.Figure))])
        {
            Totals = Figure("Total", CourtCount(r.Courts.Count), r.Totals),
            Notes = ["With act: verdicts whose judicial act is published; Card … Other: known sentences by source.", IntakeSheets.Version(r.DataVersion)],
        },
    ];

    static string CourtCount(int count) => count == 1 ? "1 court" : $"{count} courts";

    static object[] Figure(string code, string name, TransparencyFigure? f)
    {
        f ??= new TransparencyFigure();
        return
        [
            code, name, f.VerdictCases, f.PublishedVerdictCases, f.PublishedShare, f.KnownSentences,
            .. Sources.Select(s => (object)f.BySource.Where(b => (int)b.Source == s.Number).Sum(b => b.Sentences)),
        ];
    }
}
