using Mediazona.Collection.Health;
using Mediazona.Collection.Tests.Support;
using Mediazona.FakeCourts;

namespace Mediazona.Collection.Tests.Crawling;

/// <summary>A court slower than the per-attempt timeout is DOWN after the retries, with the timeout as its cause; the others are not held up.</summary>
public sealed class TimeoutTests
{
    [Fact]
    public async Task A_court_that_never_answers_in_time_is_down_with_the_timeout_as_cause()
    {
        await using var site = await FakeCourtSite.StartAsync(new FakeSiteOptions { Courts = 8, FirstCourtCases = 20, MinCases = 10, MaxCases = 15, SlowAnswer = TimeSpan.FromMilliseconds(700) });
        await using var database = await TestDatabase.CreateAsync();
        await using var ingestion = new RecordingIngestion();
        await ingestion.StartAsync();
        await using var collector = new Collector(site, database, ingestion, new Dictionary<string, string?>
        {
            ["Politeness:Timeout"] = "00:00:00.250",
            ["Politeness:Retries"] = "1",
        });
        var (slow, plain) = (site.Courts[7], site.Courts[0]);

        await collector.CrawlAsync(slow.Code, plain.Code);

        var health = await collector.HealthAsync();
        Assert.Equal(CourtHealthStatus.Down, health[slow.Code].Status);
        Assert.Contains("Timeout", health[slow.Code].Cause, StringComparison.Ordinal);
        Assert.Equal(2, site.Requests.For(slow.Code).Count); // the first attempt and its one retry, then the pass stops
        Assert.Equal(CourtHealthStatus.Ok, health[plain.Code].Status);
        Assert.Equal(plain.Cases.Count, ingestion.Stored.Count);
    }
}
