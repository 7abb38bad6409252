using Mediazona.Collection.Health;
using Mediazona.Collection.Tests.Support;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Mediazona.FakeCourts;

namespace Mediazona.EndToEnd.Tests;

/// <summary>
/// The collector crawls the fake court site and hands the cards to the real suite through its gateway (ImportCards with a
/// key of the ingest scope); the statistics then match the fake courts' truth, court by court.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class CollectionEndToEndTests(SuiteFixture suite)
{
    [Fact]
    public async Task Crawled_courts_are_counted_exactly_as_their_truth_and_faulty_courts_are_reported()
    {
        await using var site = await FakeCourtSite.StartAsync(new FakeSiteOptions { Courts = 5, FirstCourtCases = 60, MinCases = 20, MaxCases = 35 });
        await using var database = await TestDatabase.CreateAsync();
        await using var collector = new Collector(site, database, suite.GatewayGrpc, SuiteKeys.Feeder);

        var steps = await collector.CrawlAsync();

        using var api = new JsonApi(suite.GatewayHttp);
        var asOf = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var court in site.Courts.Take(3)) // A, B, A with 7 columns
        {
            var summary = await Eventually.Until(
                () => api.GetAsync<GetSummaryResponse>($"/api/v1/stats/summary?asOf={asOf}&courtCodes={court.Code}&allCases=true"),
                s => s.Cases == court.Cases.Count, suite);
            Assert.Equal(court.Cases.Sum(c => c.Defendants.Count), summary.Defendants);
            Assert.Equal(court.Cases.Count(c => c.Outcome == "Вынесен ПРИГОВОР"), summary.VerdictCases);
            Assert.Equal(court.Cases.Count(c => !c.Decided), summary.PendingCases);
            Assert.Equal("OK", steps.Single(s => s.Court == court.Code && s.Finished).Run.Kind);
        }
        var health = await collector.HealthAsync();
        Assert.Equal(CourtHealthStatus.Captcha, health[site.Courts[3].Code].Status);
        Assert.Equal(CourtHealthStatus.ModuleOff, health[site.Courts[4].Code].Status);
    }
}
