using Mediazona.EndToEnd.Tests.Infrastructure;
using Mediazona.FakeCourts;
using Xunit.Abstractions;
using static Mediazona.EndToEnd.Tests.Collection.FakeCourtCrawl;

namespace Mediazona.EndToEnd.Tests.Collection;

/// <summary>The collector killed outright (SIGKILL) in the middle of a crawl and started again: nothing missing, nothing counted twice.</summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Fault")]
public sealed class CollectorFaultTests(SuiteFixture suite, ITestOutputHelper output)
{
    [Fact]
    public async Task Collector_killed_mid_crawl_and_restarted_then_crawled_again_counts_every_case_once()
    {
        await using var site = await FakeCourtSite.StartAsync(new FakeSiteOptions { Courts = 2, FirstCourtCases = 300, MinCases = 60, MaxCases = 80 });
        var courts = site.Courts.ToList();

        var first = RunAsync(suite, site, courts, TimeSpan.FromMinutes(6));
        // Kill once the first cards have been counted, well before the last.
        await Eventually.Until(() => CountedAsync(suite, courts), counted => counted.Values.Sum(c => c.Cases) >= 40, suite, TimeSpan.FromMinutes(3));
        await suite.KillAndRestartAsync("collection", TimeSpan.FromSeconds(1));
        var interrupted = await first;
        output.WriteLine($"interrupted crawl: exit {interrupted.Exit}, {interrupted.Errors}");
        Assert.NotEqual(0, interrupted.Exit);
        var before = await CountedAsync(suite, courts);
        Assert.True(before.Values.Sum(c => c.Cases) < courts.Sum(c => c.Cases.Count), "the kill came after the crawl had finished: nothing was tested");

        // The killed process's leases run out 10 s after its last heartbeat: until then its courts read «Leased», not OK.
        var again = await RunAsync(suite, site, courts, TimeSpan.FromMinutes(6));
        for (var attempt = 0; again.Exit != 0 && attempt < 6; attempt++)
        {
            output.WriteLine($"crawl again: exit {again.Exit}: {string.Join("; ", again.Summary.Courts.Select(c => $"{c.CourtCode} {c.Result} {c.Cause}"))}");
            Assert.All(again.Summary.Courts.Where(c => c.Result != "OK"), c => Assert.Equal("Leased", c.Result));
            await Task.Delay(TimeSpan.FromSeconds(5));
            again = await RunAsync(suite, site, courts, TimeSpan.FromMinutes(6));
        }
        Assert.True(again.Exit == 0, again.Errors);
        var counted = await SettledAsync(suite, courts, TimeSpan.FromMinutes(2));
        Assert.All(courts, court => Assert.Equal((court.Code, Truth(court)), (court.Code, counted.GetValueOrDefault(court.Code))));
    }
}
