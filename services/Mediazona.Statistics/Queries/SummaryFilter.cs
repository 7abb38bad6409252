using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// A validated, normalised GetSummary request: "today" resolved, court codes trimmed, upper-cased,
/// deduplicated and sorted, so that equal questions look equal (and share a cache entry).
/// </summary>
public sealed record SummaryFilter(
    DateOnly AsOf,
    IReadOnlyList<string> CourtCodes,
    string? Article,
    string? Part,
    Category? Category,
    DateOnly? EntryFrom,
    DateOnly? EntryTo,
    bool AllCases,
    OffenceStage? Stage = null)
{
    /// <summary>True when the request filters by article, part or category: the people figures then count only the defendants charged so.</summary>
    public bool NamesACharge => Article is not null || Category is not null;

    /// <summary>The rollups answer requests by dates and era only (RollupSql); by court or charge the queries read cases.</summary>
    public bool ReadsRollups => !NamesACharge && CourtCodes.Count == 0;

    /// <summary>One line that names every field, used to derive the cache key.</summary>
    public string Canonical() => string.Join(';',
        $"as_of={AsOf:yyyy-MM-dd}",
        $"courts={string.Join(',', CourtCodes)}",
        $"article={Article}",
        $"part={Part}",
        $"category={(Category is { } c ? ((int)c).ToString() : "")}",
        $"entry_from={EntryFrom:yyyy-MM-dd}",
        $"entry_to={EntryTo:yyyy-MM-dd}",
        $"all_cases={(AllCases ? 1 : 0)}",
        $"stage={(Stage is { } s ? ((int)s).ToString() : "")}");
}
