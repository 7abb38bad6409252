using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests.Releases;

/// <summary>`mzctl release --since`: two releases of one court around an import, and the delta between them.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ReleaseDeltaTests(SuiteFixture suite, ITestOutputHelper output) : IDisposable
{
    const string AsOf = "2023-06-01";
    readonly ReleaseFolder _folders = new();
    readonly JsonApi _api = new(suite.GatewayHttp);

    async Task SubmitAsync(string court, int expectedCases, params Contracts.Cases.V1.CourtCase[] cases)
    {
        await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", new SubmitCasesRequest { Cases = { cases } });
        await Eventually.Until(() => _api.GetAsync<GetSummaryResponse>($"/api/v1/stats/summary?asOf={AsOf}&allCases=true&courtCodes={court}"),
            s => s.Cases == expectedCases && s.VerdictCases == (expectedCases == 4 ? 1 : 0), suite);
    }

    [Fact]
    public async Task Two_releases_around_an_import_give_a_delta_of_exactly_the_rows_added_and_changed()
    {
        var court = NewCourtCode();
        await SubmitAsync(court, 3,
            Case(court, "1-20/2023", "2023-02-01", Defendant(1, "ст.337 ч.5 УК РФ")),
            Case(court, "1-21/2023", "2023-02-03", Defendant(1, "ст.338 ч.1 УК РФ")),
            Case(court, "1-23/2023", "2023-02-10", Defendant(1, "ст.332 ч.2.1 УК РФ")));
        var (before, _) = await _folders.ReleaseAsync(suite, "before", "--as-of", AsOf, "--court", court);
        var (same, _) = await _folders.ReleaseAsync(suite, "same", "--as-of", AsOf, "--court", court);

        // The import: 1-20 got its verdict (a new revision), 1-22 surfaced late; 1-21 and 1-23 are sent again unchanged.
        await SubmitAsync(court, 4,
            Case(court, "1-20/2023", "2023-02-01", Defendant(1, "ст.337 ч.5 УК РФ", Imprisonment(30))).Decided("2023-04-20", "Вынесен ПРИГОВОР"),
            Case(court, "1-21/2023", "2023-02-03", Defendant(1, "ст.338 ч.1 УК РФ")),
            Case(court, "1-22/2023", "2023-02-07", Defendant(1, "ст.337 ч.5 УК РФ")),
            Case(court, "1-23/2023", "2023-02-10", Defendant(1, "ст.332 ч.2.1 УК РФ")));
        var (after, run) = await _folders.ReleaseAsync(suite, "after", "--as-of", AsOf, "--court", court, "--since", before);
        output.WriteLine(run.Out);

        // Nothing changed between the first two: the same table bytes.
        Assert.Equal(ReleaseFolder.TableHashes(before), ReleaseFolder.TableHashes(same));

        var delta = Path.Combine(after, "delta");
        Assert.Equal(["1-22/2023"], Column(Path.Combine(delta, "cases-added.csv"), "case_number"));
        Assert.Empty(Column(Path.Combine(delta, "cases-removed.csv"), "case_number"));
        var changed = File.ReadAllLines(Path.Combine(delta, "cases-changed.csv")).Skip(1).Select(l => string.Join(',', l.Split(',').Skip(1))).ToList();
        Assert.Equal(["revision,1,2", "decision_date,,2023-04-20", "outcome,PENDING,VERDICT"], changed);
        var defendant = File.ReadAllLines(Path.Combine(delta, "defendants-changed.csv")).Skip(1).Select(l => string.Join(',', l.Split(',').Skip(1))).ToList();
        Assert.Equal(["convicted,false,true", "punishment_kind,,IMPRISONMENT", "term_months,0,30", "punishment_source,,PRESS_RELEASE", "regime,,GENERAL"],
            defendant.Where(l => !l.StartsWith("penalty_kind", StringComparison.Ordinal)));
        Assert.Single(Column(Path.Combine(delta, "defendants-added.csv"), "case_id"));
        Assert.Single(Column(Path.Combine(delta, "charges-added.csv"), "case_id"));
        Assert.Empty(File.ReadAllLines(Path.Combine(delta, "charges-changed.csv")).Skip(1));
        Assert.Contains("| cases | 1 | 0 | 1 | 3 |", File.ReadAllText(Path.Combine(delta, "delta.md")), StringComparison.Ordinal);
    }

    /// <summary>One column of a delta CSV (the values of these tests hold no commas).</summary>
    static List<string> Column(string csv, string name)
    {
        var lines = File.ReadAllLines(csv);
        var index = Array.IndexOf(lines[0].Split(','), name);
        return [.. lines.Skip(1).Select(l => l.Split(',')[index])];
    }

    public void Dispose()
    {
        _folders.Dispose();
        _api.Dispose();
    }
}
