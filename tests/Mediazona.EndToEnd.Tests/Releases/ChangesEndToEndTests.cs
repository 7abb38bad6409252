using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests.Releases;

/// <summary>The changelog (ListChanges, `mzctl changes`) of one court: two new cases, then a verdict for one of them.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ChangesEndToEndTests(SuiteFixture suite, ITestOutputHelper output) : IDisposable
{
    readonly JsonApi _api = new(suite.GatewayHttp);

    async Task<long> SubmitAsync(string court, long cases, long verdicts, params Contracts.Cases.V1.CourtCase[] submitted)
    {
        await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", new SubmitCasesRequest { Cases = { submitted } });
        var summary = await Eventually.Until(() => _api.GetAsync<GetSummaryResponse>($"/api/v1/stats/summary?asOf=2023-06-01&allCases=true&courtCodes={court}"),
            s => s.Cases == cases && s.VerdictCases == verdicts, suite);
        return summary.DataVersion;
    }

    [Fact]
    public async Task The_changes_since_a_version_are_the_new_cases_then_the_revision_that_brought_a_verdict()
    {
        var court = NewCourtCode();
        var start = (await _api.GetAsync<GetSummaryResponse>("/api/v1/stats/summary")).DataVersion;
        var first = await SubmitAsync(court, 2, 0,
            Case(court, "1-50/2023", "2023-02-01", Defendant(1, "ст.337 ч.5 УК РФ")),
            Case(court, "1-51/2023", "2023-02-02", Defendant(1, "ст.337 ч.5 УК РФ")));
        await SubmitAsync(court, 2, 1,
            Case(court, "1-50/2023", "2023-02-01", Defendant(1, "ст.337 ч.5 УК РФ", Imprisonment(24))).Decided("2023-04-20", "Вынесен ПРИГОВОР"));

        var all = await _api.GetAsync<ListChangesResponse>($"/api/v1/stats/changes?sinceVersion={start}&courtCodes={court}");
        var later = await _api.GetAsync<ListChangesResponse>($"/api/v1/stats/changes?sinceVersion={first}&courtCodes={court}");
        var paged = await _api.GetAsync<ListChangesResponse>($"/api/v1/stats/changes?sinceVersion={start}&courtCodes={court}&pageSize=2");

        Assert.Equal(3, all.Cases.Count);
        Assert.Equal(2, all.Cases.Count(c => c.Kinds.SequenceEqual([CaseChangeKind.NewCase])));
        var verdict = Assert.Single(later.Cases);
        Assert.Equal([CaseChangeKind.Revised, CaseChangeKind.OutcomeChanged], verdict.Kinds);
        Assert.Equal((1, 2, Contracts.Cases.V1.Outcome.Pending, Contracts.Cases.V1.Outcome.Verdict),
            (verdict.OldRevision, verdict.NewRevision, verdict.OldOutcome, verdict.NewOutcome));
        Assert.Equal((1L, 1L), (later.Versions.Single().Revisions, later.Versions.Single().OutcomesChanged));
        Assert.Equal(2, paged.Cases.Count);
        Assert.NotEmpty(paged.NextPageToken);

        var run = await Mzctl.RunAsync(suite, "changes", "--since", start.ToString(System.Globalization.CultureInfo.InvariantCulture), "--court", court);
        output.WriteLine(run.Out + run.Error);
        Assert.Equal(0, run.Exit);
        Assert.Contains("2 new", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 revised, 1 outcome changed", run.Out, StringComparison.Ordinal);
        Assert.Contains($"{verdict.CaseId} {court} revision 1 → 2, outcome Pending → Verdict", run.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _api.Dispose();
}
