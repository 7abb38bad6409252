using System.Diagnostics;
using System.Net;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests;

/// <summary>Cases submitted as JSON through the gateway travel the whole suite and are counted by statistics.</summary>
[Collection(SuiteCollection.Name)]
public sealed class SubmitToSummaryTests(SuiteFixture suite, ITestOutputHelper output) : IDisposable
{
    const string Verdict = "Вынесен ПРИГОВОР";
    readonly JsonApi _api = new(suite.GatewayHttp);

    /// <summary>
    /// Five cases of one court: three mobilisation-era cases received by 3 April 2023 (one group case), one
    /// peacetime case, and one received after that date.
    /// </summary>
    static SubmitCasesRequest StudySample(string court) => new()
    {
        Cases =
        {
            Case(court, "1-1/2023", "2023-01-10", Defendant(1, "ст.337 ч.5 УК РФ", Suspended(60, 36))).Decided("2023-02-01", Verdict),
            Case(court, "1-2/2023", "2023-02-15", Defendant(1, "ст.332 ч.2.1 УК РФ"), Defendant(2, "ч. 2.1 ст. 332 УК РФ")),
            Case(court, "1-3/2023", "2023-03-01", Defendant(1, "ст.337 ч.3.1 УК РФ; ст.337 ч.5 УК РФ", Imprisonment(60))).Decided("2023-03-20", Verdict),
            Case(court, "1-4/2023", "2023-03-05", Defendant(1, "ст.337 ч.1 УК РФ")).Decided("2023-03-25", Verdict),
            Case(court, "1-5/2023", "2023-05-01", Defendant(1, "ст.338 ч.3 УК РФ")),
        },
    };

    Task<GetSummaryResponse> Summary(string court, string asOf, bool allCases = false) =>
        _api.GetAsync<GetSummaryResponse>($"/api/v1/stats/summary?asOf={asOf}&courtCodes={court}&allCases={(allCases ? "true" : "false")}");

    [Fact]
    public async Task Submitted_cases_are_counted_in_the_summary_as_of_a_date()
    {
        var court = NewCourtCode();
        var clock = Stopwatch.StartNew();
        var submitted = await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", StudySample(court));

        Assert.Equal(5, submitted.NewCount);
        Assert.All(submitted.Results, r => Assert.Equal(RecordStatus.New, r.Status));

        var summary = await Eventually.Until(() => Summary(court, "2023-04-03", allCases: true), s => s.Cases == 4, suite);
        output.WriteLine($"submit → counted in statistics: {clock.ElapsedMilliseconds} ms");

        var mobilisationEra = await Summary(court, "2023-04-03");
        Assert.Equal(3, mobilisationEra.Cases);
        Assert.Equal(4, mobilisationEra.Defendants);
        Assert.Equal(2, mobilisationEra.VerdictCases);
        Assert.Equal(1, mobilisationEra.PendingCases);
        Assert.Equal(2, mobilisationEra.ConvictedDefendants);
        Assert.Equal(2, mobilisationEra.KnownSentences);
        Assert.Equal(1, mobilisationEra.SuspendedSentences);
        Assert.Equal(0.5, mobilisationEra.SuspendedShare, 6);
        Assert.Equal(2, mobilisationEra.ByCategory.Single(c => c.Category == Category.Awol).Cases);
        Assert.Equal(1, mobilisationEra.ByCategory.Single(c => c.Category == Category.Disobedience).Cases);
        Assert.Equal(2, mobilisationEra.ByCategory.Single(c => c.Category == Category.Disobedience).Defendants);

        Assert.Equal(4, summary.Cases);
        Assert.Equal(3, summary.VerdictCases);

        var earlier = await Summary(court, "2023-03-10");
        Assert.Equal(3, earlier.Cases);
        Assert.Equal(1, earlier.VerdictCases);
        Assert.Equal(2, earlier.PendingCases);
    }

    [Fact]
    public async Task An_identical_case_is_unchanged_and_a_changed_one_is_a_new_revision_counted_once()
    {
        var court = NewCourtCode();
        var pending = Case(court, "1-10/2023", "2023-02-01", Defendant(1, "ст.337 ч.5 УК РФ"));
        await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", new SubmitCasesRequest { Cases = { pending } });
        await Eventually.Until(() => Summary(court, "2023-04-03"), s => s.Cases == 1, suite);

        var again = await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", new SubmitCasesRequest { Cases = { pending } });
        Assert.Equal(RecordStatus.Unchanged, again.Results.Single().Status);

        var decided = pending.Clone().Decided("2023-03-01", Verdict);
        var revised = await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", new SubmitCasesRequest { Cases = { decided } });
        Assert.Equal(RecordStatus.Revision, revised.Results.Single().Status);
        Assert.Equal(2, revised.Results.Single().Revision);

        var summary = await Eventually.Until(() => Summary(court, "2023-04-03"), s => s.VerdictCases == 1, suite);
        Assert.Equal(1, summary.Cases);
        Assert.Equal(0, summary.PendingCases);
        Assert.Equal(1, summary.ConvictedDefendants);

        var stored = await _api.GetAsync<GetCaseResponse>($"/api/v1/cases/{revised.Results.Single().CaseId}");
        Assert.Equal("2023-03-01", stored.Case.DecisionDate);
        Assert.Equal(2, stored.Revision.Number);
        var history = await _api.GetAsync<ListRevisionsResponse>($"/api/v1/cases/{revised.Results.Single().CaseId}/revisions");
        Assert.Equal([1, 2], history.Revisions.Select(r => r.Revision.Number));
    }

    [Fact]
    public async Task A_case_with_an_impossible_date_is_rejected_with_the_field_at_fault()
    {
        var court = NewCourtCode();
        var bad = Case(court, "1-20/2023", "2023-02-30", Defendant(1, "ст.337 ч.5 УК РФ"));

        using var response = await _api.PostRawAsync("/api/v1/cases:submit", Google.Protobuf.JsonFormatter.Default.Format(new SubmitCasesRequest { Cases = { bad } }));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("entry_date", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_json_body_gets_a_client_error_not_a_server_error()
    {
        using var response = await _api.PostRawAsync("/api/v1/cases:submit", "{\"cases\": [ {\"court\": 12");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose() => _api.Dispose();
}
