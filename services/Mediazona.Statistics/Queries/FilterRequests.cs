using Google.Protobuf.Collections;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Statistics.Queries;

/// <summary>Every query carries the summary's filter fields: read them as a GetSummaryRequest so one parser validates all.</summary>
public static class FilterRequests
{
    public static GetSummaryRequest Filter(this WatchSummaryRequest r) => Make(r.AsOf, r.CourtCodes, r.Article, r.Part, r.Category, r.EntryFrom, r.EntryTo, r.AllCases, r.Stage);
    public static GetSummaryRequest Filter(this GetMonthlyIntakeRequest r) => Make(r.AsOf, r.CourtCodes, r.Article, r.Part, r.Category, r.EntryFrom, r.EntryTo, r.AllCases, r.Stage);
    public static GetSummaryRequest Filter(this GetArticleBreakdownRequest r) => Make(r.AsOf, r.CourtCodes, r.Article, r.Part, r.Category, r.EntryFrom, r.EntryTo, r.AllCases, r.Stage);
    public static GetSummaryRequest Filter(this GetSentenceStatsRequest r) => Make(r.AsOf, r.CourtCodes, r.Article, r.Part, r.Category, r.EntryFrom, r.EntryTo, r.AllCases, r.Stage);
    public static GetSummaryRequest Filter(this GetCourtBreakdownRequest r) => Make(r.AsOf, r.CourtCodes, r.Article, r.Part, r.Category, r.EntryFrom, r.EntryTo, r.AllCases, r.Stage);
    public static GetSummaryRequest Filter(this GetTransparencyRequest r) => Make(r.AsOf, r.CourtCodes, r.Article, r.Part, r.Category, r.EntryFrom, r.EntryTo, r.AllCases, r.Stage);
    public static GetSummaryRequest Filter(this ListCasesRequest r) => Make(r.AsOf, r.CourtCodes, r.Article, r.Part, r.Category, r.EntryFrom, r.EntryTo, r.AllCases, r.Stage);

    // A release and the completeness take only as-of and courts, and count every era.
    public static GetSummaryRequest Filter(this ExportReleaseRequest r) => new() { AsOf = r.AsOf, CourtCodes = { r.CourtCodes }, AllCases = true };
    public static GetSummaryRequest Filter(this GetCompletenessRequest r) => new() { AsOf = r.AsOf, CourtCodes = { r.CourtCodes }, AllCases = true };

    static GetSummaryRequest Make(string asOf, RepeatedField<string> courts, string article, string part, Category category,
        string entryFrom, string entryTo, bool allCases, OffenceStage stage) => new()
        {
            AsOf = asOf, CourtCodes = { courts }, Article = article, Part = part, Category = category,
            EntryFrom = entryFrom, EntryTo = entryTo, AllCases = allCases, Stage = stage,
        };
}
