using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Classification.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests;

/// <summary>
/// A suite of its own: the test restarts its classification host with another rule table, which would change the
/// answers of every other test sharing the suite.
/// </summary>
public sealed class ReclassificationSuite : IAsyncLifetime
{
    public SuiteFixture Suite { get; } = new(new Dictionary<string, string>());

    public Task InitializeAsync() => Suite.InitializeAsync();

    public Task DisposeAsync() => Suite.DisposeAsync();
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReclassificationSuiteCollection : ICollectionFixture<ReclassificationSuite>
{
    public const string Name = "reclassification-suite";
}

/// <summary>
/// A new rules version reclassifies every stored case end to end, with no resubmission: classification restarted
/// with a newer table announces it (RulesActivated), ingestion replays its stored cases, classification classifies
/// them again under the new version and statistics replaces each case's projection. The table used is the TEST
/// table tests/fixtures/classification/rules-v3-test/rules.v3.json (not law): version 2 with art. 337 part 1
/// marked mobilisation-era, so that the change shows in the mobilisation-era summary.
/// </summary>
[Collection(ReclassificationSuiteCollection.Name)]
public sealed class ReclassificationTests(ReclassificationSuite reclassification, ITestOutputHelper output) : IDisposable
{
    const string AsOf = "2023-12-31";
    const string Verdict = "Вынесен ПРИГОВОР";
    readonly SuiteFixture _suite = reclassification.Suite;
    readonly JsonApi _api = new(reclassification.Suite.GatewayHttp);

    static string TestRulesDirectory() =>
        Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "fixtures", "classification", "rules-v3-test");

    Task<GetSummaryResponse> Summary(string court, bool allCases) =>
        _api.GetAsync<GetSummaryResponse>($"/api/v1/stats/summary?asOf={AsOf}&courtCodes={court}&allCases={(allCases ? "true" : "false")}");

    /// <summary>The rules the gateway reports; null while the restarted host is not reachable through it yet.</summary>
    async Task<GetRulesResponse?> RulesOrNull()
    {
        try
        {
            return await _api.GetAsync<GetRulesResponse>("/api/v1/rules");
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    [Fact]
    public async Task A_newer_rules_version_reclassifies_every_stored_case_without_resubmission()
    {
        var court = NewCourtCode();
        var submitted = await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", new SubmitCasesRequest
        {
            Cases =
            {
                // Peacetime abandonment of a unit: not mobilisation-era under version 2.
                Case(court, "1-101/2023", "2023-02-01", Defendant(1, "ст.337 ч.1 УК РФ")).Decided("2023-03-01", Verdict),
                Case(court, "1-102/2023", "2023-03-01", Defendant(1, "ст.337 ч.1 УК РФ")),
                Case(court, "1-103/2023", "2023-04-01", Defendant(1, "ч. 1 ст. 337 УК РФ"), Defendant(2, "ст.337 ч.1 УК РФ")),
                // Mobilisation-era under both versions.
                Case(court, "1-104/2023", "2023-02-15", Defendant(1, "ст.337 ч.5 УК РФ")).Decided("2023-05-01", Verdict),
                Case(court, "1-105/2023", "2023-05-15", Defendant(1, "ст.337 ч.5 УК РФ")),
            },
        });
        Assert.Equal(5, submitted.NewCount);

        var before = await _api.GetAsync<GetRulesResponse>("/api/v1/rules");
        Assert.True(before.Version == 2, $"the suite should start on rules version 2 (the test table is version 3), not {before.Version}");
        var allBefore = await Eventually.Until(() => Summary(court, allCases: true), s => s.Cases == 5, _suite);
        var eraBefore = await Eventually.Until(() => Summary(court, allCases: false), s => s.Cases == 2, _suite);
        Assert.Equal(2, eraBefore.Defendants);
        Assert.Equal(6, allBefore.Defendants);

        await _suite.RestartAsync("classification", new Dictionary<string, string> { ["Rules__Directory"] = TestRulesDirectory() });

        var after = await Eventually.Until(RulesOrNull, r => r is not null, _suite);
        Assert.Equal(3, after!.Version);
        Assert.Contains(after.Rules, r => r is { Article: "337", Part: "1", MobilisationEra: true });

        // Nothing was submitted again: only the replay for version 3 can move the ч.1 cases into the mobilisation era.
        var eraAfter = await Eventually.Until(() => Summary(court, allCases: false), s => s.Cases == 5 && s.Defendants == 6, _suite, TimeSpan.FromSeconds(120));
        output.WriteLine($"mobilisation-era cases: {eraBefore.Cases} under v2 → {eraAfter.Cases} under v3");
        Assert.Equal(2, eraAfter.VerdictCases);
        Assert.Equal(5, eraAfter.ByCategory.Single(c => c.Category == Category.Awol).Cases);

        // Each case counted once: the v3 projection replaced the v2 one.
        var allAfter = await Summary(court, allCases: true);
        Assert.Equal(5, allAfter.Cases);
        Assert.Equal(6, allAfter.Defendants);
        Assert.Equal(2, allAfter.VerdictCases);

        foreach (var result in submitted.Results)
        {
            var stored = await _api.GetAsync<GetCaseResponse>($"/api/v1/cases/{result.CaseId}");
            Assert.Equal(1, stored.Revision.Number);
        }
    }

    public void Dispose() => _api.Dispose();
}
