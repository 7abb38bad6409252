using Mediazona.Collection.Tests.Support;
using Mediazona.FakeCourts;

namespace Mediazona.Collection.Tests.Crawling;

/// <summary>What survives a restart: windows done, cards acknowledged, cards owed; and the lease that keeps replicas apart.</summary>
public sealed class ResumeTests : IAsyncLifetime
{
    FakeCourtSite _site = null!;
    TestDatabase _database = null!;
    RecordingIngestion Ingestion { get; } = new();

    public async Task InitializeAsync()
    {
        _site = await FakeCourtSite.StartAsync(new FakeSiteOptions { Courts = 2, FirstCourtCases = 70, MinCases = 30, MaxCases = 40 });
        _database = await TestDatabase.CreateAsync();
        await Ingestion.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Ingestion.DisposeAsync();
        await _database.DisposeAsync();
        await _site.DisposeAsync();
    }

    /// <summary>A pass by a collector started afresh (a restart: nothing kept in memory).</summary>
    async Task PassAsync(params string[] codes)
    {
        await using var collector = new Collector(_site, _database, Ingestion);
        await collector.CrawlAsync(codes);
    }

    int Requests(string code, string kind) => _site.Requests.For(code).Count(r => r.Kind == kind);

    [Fact]
    public async Task After_a_restart_only_recent_windows_are_listed_again_and_no_card_is_fetched_twice()
    {
        var court = _site.Courts[0];
        await PassAsync(court.Code);
        var (lists, cards) = (Requests(court.Code, "list") + Requests(court.Code, "no-results"), Requests(court.Code, "card"));
        Assert.Equal(court.Cases.Count, cards);

        await PassAsync(court.Code);
        var listedAgain = Requests(court.Code, "list") + Requests(court.Code, "no-results") - lists;
        Assert.InRange(listedAgain, 1, 2); // the windows within RecentDays (45) of today, of 120 days each
        Assert.Equal(cards, Requests(court.Code, "card"));
        Assert.True(lists > 2 * listedAgain, $"first pass listed {lists} pages, the second {listedAgain}");
    }

    [Fact]
    public async Task A_card_ingestion_did_not_acknowledge_is_fetched_again_on_the_next_run()
    {
        var court = _site.Courts[0];
        Ingestion.FailNext(1); // the first ImportCards call (the newest window's cards) fails
        await PassAsync(court.Code);
        var owed = court.Cases.Count - Ingestion.Stored.Count;
        Assert.InRange(owed, 1, 25);

        await PassAsync(court.Code);
        Assert.Equal(court.Cases.Count, Ingestion.Stored.Count);
        Assert.Equal(court.Cases.Count + owed, Requests(court.Code, "card")); // the owed cards, and no others, fetched again
    }

    [Fact]
    public async Task A_court_leased_by_another_replica_is_left_alone()
    {
        var (held, free) = (_site.Courts[0], _site.Courts[1]);
        await using var collector = new Collector(_site, _database, Ingestion);
        await collector.Store.EnsureCourtsAsync([held.Code, free.Code], CancellationToken.None);
        Assert.True(await collector.Store.TryLeaseAsync(held.Code, "replica-2", TimeSpan.FromMinutes(5), CancellationToken.None));

        var steps = await collector.CrawlAsync(held.Code, free.Code);
        Assert.Contains(steps, s => s.Court == held.Code && s.Finished && s.Message.Contains("lease", StringComparison.Ordinal));
        Assert.Empty(_site.Requests.For(held.Code));
        Assert.Equal(free.Cases.Count, Requests(free.Code, "card"));
        Assert.False(await collector.Store.TryLeaseAsync(held.Code, "replica-3", TimeSpan.FromMinutes(5), CancellationToken.None));
    }
}
