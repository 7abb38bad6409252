using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests.Releases;

/// <summary>Completeness per court and month through the JSON API and in a release, on a court whose numbering has known holes.</summary>
[Collection(SuiteCollection.Name)]
public sealed class CompletenessEndToEndTests(SuiteFixture suite) : IDisposable
{
    const string AsOf = "2023-06-01";
    readonly ReleaseFolder _folders = new();
    readonly JsonApi _api = new(suite.GatewayHttp);

    [Fact]
    public async Task Holes_in_a_courts_case_numbers_are_counted_as_unseen_cases_in_the_months_between_their_neighbours()
    {
        var court = NewCourtCode();
        var named = Defendant(1, "ст.337 ч.5 УК РФ");
        (named.Name, named.NameHidden) = ("Иванов Иван Иванович", false);
        // Seen: 3, 4, 8 and 10. Unseen: 5, 6 and 7 (dated 16, 20 and 24 January, between 4 and 8) and 9 (2 February).
        await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", new SubmitCasesRequest
        {
            Cases =
            {
                Case(court, "1-3/2023", "2023-01-10", Defendant(1, "ст.337 ч.5 УК РФ")).Decided("2023-02-01", "Вынесен ПРИГОВОР"),
                Case(court, "1-4/2023", "2023-01-12", named),
                Case(court, "1-8/2023", "2023-01-28", Defendant(1, "ст.338 ч.1 УК РФ")),
                Case(court, "1-10/2023", "2023-02-07", Defendant(1, "ст.264.1 ч.1 УК РФ")),
            },
        });

        var completeness = await Eventually.Until(() => _api.GetAsync<GetCompletenessResponse>($"/api/v1/stats/completeness?asOf={AsOf}&courtCodes={court}"),
            r => r.Months.Sum(m => m.Seen) == 4, suite);

        Assert.Equal(
            [(court, "2023-01", 3L, 3L, 1L, 1L, 2L), (court, "2023-02", 1L, 1L, 0L, 0L, 1L)],
            completeness.Months.Select(m => (m.CourtCode, m.Month, m.Seen, m.EstimatedUnseen, m.Decided, m.DecidedWithoutPublishedAct, m.NamesHidden)));
        Assert.Equal((1.0, 2.0 / 3), (completeness.Months[0].ShareWithoutPublishedAct, completeness.Months[0].ShareNamesHidden));
        Assert.True(completeness.DataVersion > 0);

        // As of 31 January the verdict is not yet given: decided nothing, and 1-10 is not yet received (9 bounds nothing).
        var earlier = await _api.GetAsync<GetCompletenessResponse>($"/api/v1/stats/completeness?asOf=2023-01-31&courtCodes={court}");
        Assert.Equal([("2023-01", 3L, 3L, 0L)], earlier.Months.Select(m => (m.Month, m.Seen, m.EstimatedUnseen, m.Decided)));

        // The release's completeness table holds the same.
        var (folder, _) = await _folders.ReleaseAsync(suite, "completeness", "--as-of", AsOf, "--court", court);
        Assert.Equal(4, ReleaseFolder.Count(folder, "select sum(estimated_unseen)::bigint from completeness"));
        Assert.Equal(2, ReleaseFolder.Count(folder, "select names_hidden from completeness where year = 2023 and month = 1"));
    }

    public void Dispose()
    {
        _folders.Dispose();
        _api.Dispose();
    }
}
