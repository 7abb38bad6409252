using Mediazona.Cli.Output;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Statistics;

/// <summary>GetSentenceStats as one wide row per article (drawn with the figures down the side, an article per column).</summary>
internal static class SentenceSheets
{
    /// <summary>The kinds a known sentence can have (acquittal is no sentence).</summary>
    static readonly IReadOnlyList<(int Number, string Name)> Kinds =
        [.. ProtoEnums.Values(CaseReflection.Descriptor, "PunishmentKind").Where(k => k.Number != (int)PunishmentKind.Acquitted)];

    static readonly Column[] Columns =
    [
        new("article", "Article", CellKind.Text),
        new("convicted_defendants", "Convicted"),
        new("known_sentences", "Known sentences"),
        .. Kinds.Select(k => new Column("kind_" + k.Name, ProtoEnums.Heading(k.Name))),
        new("suspended_share", "Suspended share", CellKind.Share),
        .. Terms("real", "Real terms"),
        .. Terms("suspended", "Suspended terms"),
    ];

    public static IReadOnlyList<Sheet> Of(GetSentenceStatsResponse r) =>
    [
        new($"Sentences as of {r.AsOf}", Columns, [.. r.Articles.Select(Row)])
        {
            Transposed = true,
            Notes = ["Terms in months; histogram buckets are years of term: from-to months, then 120+.", IntakeSheets.Version(r.DataVersion)],
        },
    ];

    static object[] Row(ArticleSentences a) =>
    [
        a.Article, a.ConvictedDefendants, a.KnownSentences,
        .. Kinds.Select(k => (object)a.ByKind.Where(b => (int)b.Kind == k.Number).Sum(b => b.Defendants)),
        a.SuspendedShare,
        .. Terms(a.RealTerms),
        .. Terms(a.SuspendedTerms),
    ];

    static IEnumerable<Column> Terms(string prefix, string heading) =>
    [
        new($"{prefix}_terms", $"{heading}: count"),
        new($"{prefix}_min_months", $"{heading}: min", CellKind.Months),
        new($"{prefix}_median_months", $"{heading}: median", CellKind.Months),
        new($"{prefix}_p90_months", $"{heading}: 90th percentile", CellKind.Months),
        new($"{prefix}_max_months", $"{heading}: max", CellKind.Months),
        new($"{prefix}_max_court_code", $"{heading}: max in court", CellKind.Text),
        new($"{prefix}_max_court_name", $"{heading}: max in court named", CellKind.Text) { InTable = false },
        new($"{prefix}_max_case_number", $"{heading}: max in case", CellKind.Text),
        new($"{prefix}_histogram", $"{heading}: histogram", CellKind.Text),
    ];

    static IEnumerable<object> Terms(TermStats? t)
    {
        t ??= new TermStats();
        return [t.Count, t.MinMonths, t.MedianMonths, t.P90Months, t.MaxMonths, t.MaxCourtCode, t.MaxCourtName, t.MaxCaseNumber, Histogram(t)];
    }

    /// <summary>"0-12: 1; 60-72: 2; 120+: 1" (months; the open last bucket has to_months 0).</summary>
    internal static string Histogram(TermStats t) => string.Join("; ", t.Histogram.Select(b =>
        b.ToMonths == 0 ? $"{b.FromMonths}+: {b.Count}" : $"{b.FromMonths}-{b.ToMonths}: {b.Count}"));
}
