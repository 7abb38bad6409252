using Mediazona.Collection.Health;
using Mediazona.Collection.Tests.Support;
using Mediazona.FakeCourts;
using Mediazona.FakeCourts.Truth;

namespace Mediazona.Collection.Tests.Crawling;

/// <summary>
/// The real collector (crawler, polite client, store, gRPC client with its API key) against the fake court site, a real
/// PostgreSQL and a recording stand-in for ingestion behind the gateway. One backfill of thirteen courts is shared by the tests.
/// </summary>
public sealed class CollectorEndToEndTests(CollectorEndToEndTests.Backfill backfill) : IClassFixture<CollectorEndToEndTests.Backfill>
{
    /// <summary>Courts whose sites work (some after retries, 12 only if an empty page that hides its generation is not believed); index as in <see cref="CourtProfile.For"/>.</summary>
    static readonly int[] Healthy = [0, 1, 2, 5, 6, 7, 8, 10, 12];

    public sealed class Backfill : IAsyncLifetime
    {
        public FakeCourtSite Site { get; private set; } = null!;
        public TestDatabase Database { get; private set; } = null!;
        public RecordingIngestion Ingestion { get; } = new();
        public Collector Collector { get; private set; } = null!;
        public List<Mediazona.Collection.Crawling.CrawlStep> Steps { get; private set; } = [];
        public DateTimeOffset FirstPassEnded { get; private set; }

        public async Task InitializeAsync()
        {
            Site = await FakeCourtSite.StartAsync(new FakeSiteOptions { Courts = 13, FirstCourtCases = 120, MinCases = 20, MaxCases = 50, SlowAnswer = TimeSpan.FromMilliseconds(60) });
            Database = await TestDatabase.CreateAsync();
            await Ingestion.StartAsync();
            Collector = new Collector(Site, Database, Ingestion);
            Steps = await Collector.CrawlAsync();
            FirstPassEnded = DateTimeOffset.UtcNow;
        }

        public async Task DisposeAsync()
        {
            await Collector.DisposeAsync();
            await Ingestion.DisposeAsync();
            await Database.DisposeAsync();
            await Site.DisposeAsync();
        }
    }

    FakeCourt Court(int index) => backfill.Site.Courts[index];

    [Fact]
    public void Every_card_of_every_working_court_reached_ingestion_once_with_its_court_and_charset()
    {
        foreach (var index in Healthy)
        {
            var court = Court(index);
            var stored = backfill.Ingestion.Stored.Where(c => c.CourtCode == court.Code).ToList();
            var expected = court.Cases.Select(c => (court.GenerationB ? "_id=" : "case_id=") + c.CardId).Order().ToList();
            Assert.Equal(expected, stored.Select(c => System.Text.RegularExpressions.Regex.Match(c.SourceUrl, @"(case_id|_id)=\d+").Value).Order().ToList());
            Assert.All(stored, c => Assert.Equal("text/html; charset=windows-1251", c.ContentType));
            Assert.All(stored, c => Assert.StartsWith(backfill.Site.BaseUrl(court.Code).AbsoluteUri, c.SourceUrl, StringComparison.Ordinal));
        }
        Assert.Equal(backfill.Ingestion.Stored.Count, backfill.Ingestion.Received.Count); // nothing sent twice
        Assert.Equal(0, backfill.Ingestion.CallsWithoutKey);
    }

    [Fact]
    public void Ingestion_reads_from_the_cards_exactly_the_cases_the_courts_hold()
    {
        foreach (var index in Healthy)
        {
            var court = Court(index);
            var read = backfill.Ingestion.Stored.Where(c => c.CourtCode == court.Code).Select(c => c.Case!)
                .Select(c => (c.CaseNumber, c.CaseUid, c.EntryDate, c.DecisionDate, c.OutcomeRaw, Charges: string.Join(" | ", c.Defendants.Select(d => d.ChargesRaw))))
                .OrderBy(c => c.CaseUid, StringComparer.Ordinal);
            var truth = court.Cases
                .Select(c => (c.CaseNumber, CaseUid: c.JudicialUid, EntryDate: Iso(c.EntryDate), DecisionDate: Iso(c.DecisionDate), OutcomeRaw: c.Outcome, Charges: string.Join(" | ", c.Defendants.Select(d => d.Charges))))
                .OrderBy(c => c.CaseUid, StringComparer.Ordinal);
            Assert.Equal(truth, read);
        }
        Assert.DoesNotContain(backfill.Ingestion.Received, c => c.Case is null);
    }

    static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    [Fact]
    public void Every_card_carries_its_fetch_time() =>
        Assert.All(backfill.Ingestion.Received, c => Assert.InRange(c.FetchedAt, backfill.FirstPassEnded.AddMinutes(-10), backfill.FirstPassEnded));

    [Theory]
    [InlineData(3, CourtHealthStatus.Captcha, "проверочный код")]
    [InlineData(4, CourtHealthStatus.ModuleOff, "Данный модуль неактивен")]
    [InlineData(9, CourtHealthStatus.Blocked, "заблокирован")]
    [InlineData(11, CourtHealthStatus.LayoutChanged, "unknown page")]
    public async Task A_faulty_court_is_reported_with_its_cause_and_never_as_zero_cases(int index, CourtHealthStatus expected, string cause)
    {
        var health = (await backfill.Collector.HealthAsync())[Court(index).Code];
        Assert.Equal(expected, health.Status);
        Assert.Contains(cause, health.Cause, StringComparison.OrdinalIgnoreCase);
        var finished = backfill.Steps.Single(s => s.Court == Court(index).Code && s.Finished);
        Assert.Equal(expected.ToString(), HealthAssessor.FromFault(finished.Run.Fault!.Kind).ToString());
        Assert.Equal(0, finished.Run.Windows); // no window was taken as done (empty)
    }

    [Fact]
    public async Task An_unreadable_page_is_kept_once_by_its_hash_and_a_second_pass_adds_no_copy()
    {
        async Task<long> KeptAsync()
        {
            await using var command = backfill.Database.DataSource.CreateCommand("select count(*) from unknown_pages where court = $1");
            command.Parameters.AddWithValue(Court(11).Code);
            return (long)(await command.ExecuteScalarAsync())!;
        }
        Assert.Equal(1, await KeptAsync());
        await backfill.Collector.CrawlAsync(Court(11).Code);
        Assert.Equal(1, await KeptAsync());
    }

    [Fact]
    public async Task Working_courts_are_ok_and_the_court_that_went_quiet_is_stale()
    {
        var health = await backfill.Collector.HealthAsync();
        foreach (var index in Healthy.Where(i => i != 8))
            Assert.True(health[Court(index).Code].Status == CourtHealthStatus.Ok, $"{Court(index).Code} ({Court(index).Profile.Name}): {health[Court(index).Code].Status} {health[Court(index).Code].Cause}");
        var quiet = health[Court(8).Code];
        Assert.Equal(CourtHealthStatus.Stale, quiet.Status);
        Assert.True(quiet.SilentDays >= 300, quiet.Cause);
        Assert.Equal(Court(0).Cases.Count, health[Court(0).Code].CasesSeen);
    }

    [Fact]
    public async Task Each_court_s_generation_is_found_and_remembered()
    {
        var states = (await backfill.Collector.Store.StatesAsync(CancellationToken.None)).ToDictionary(s => s.Code);
        foreach (var index in Healthy.Where(i => i != 10))
            Assert.Equal(Court(index).GenerationB, states[Court(index).Code].Variant!.Value != Mediazona.Collection.Sources.Sudrf.QueryVariant.A);
        // A B court is asked A-style once; after that only B-style.
        var b = backfill.Site.Requests.For(Court(1).Code).Where(r => r.Kind is "list" or "no-results").ToList();
        Assert.Single(b, r => !r.PathAndQuery.Contains("_deloId", StringComparison.Ordinal));
    }

    [Fact]
    public void No_court_ever_had_two_requests_at_once_nor_a_gap_shorter_than_the_configured_delay()
    {
        foreach (var court in backfill.Site.Courts)
        {
            var requests = backfill.Site.Requests.For(court.Code).Where(r => r.Finished <= backfill.FirstPassEnded).ToList();
            Assert.NotEmpty(requests);
            foreach (var (before, after) in requests.Zip(requests.Skip(1)))
                Assert.True(after.Started - before.Finished >= Collector.Delay,
                    $"{court.Code}: {before.Finished:HH:mm:ss.fff} → {after.Started:HH:mm:ss.fff} ({before.Kind} then {after.Kind})");
        }
    }

    [Fact]
    public void After_a_503_with_Retry_After_the_court_was_left_alone_that_long()
    {
        var requests = backfill.Site.Requests.For(Court(6).Code);
        var refused = requests.Zip(requests.Skip(1)).Where(p => p.First.Status == 503).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, p => Assert.True(p.Second.Started - p.First.Finished >= TimeSpan.FromSeconds(1), $"{p.First.Finished:HH:mm:ss.fff} → {p.Second.Started:HH:mm:ss.fff}"));
    }

    [Fact]
    public void Never_more_requests_in_flight_across_courts_than_the_global_cap()
    {
        var events = backfill.Site.Requests.All.Where(r => r.Finished <= backfill.FirstPassEnded)
            .SelectMany(r => new[] { (At: r.Started, Change: 1), (At: r.Finished, Change: -1) })
            .OrderBy(e => e.At).ThenBy(e => e.Change); // an end and a start at the same instant do not overlap
        var (inFlight, most) = (0, 0);
        foreach (var e in events)
            most = Math.Max(most, inFlight += e.Change);
        Assert.InRange(most, 2, Collector.GlobalConcurrency); // several courts at once, never more than the cap
    }

    [Fact]
    public void Only_browser_user_agents_were_sent() =>
        Assert.DoesNotContain(backfill.Site.Requests.All, r => r.Status == 403 || !r.UserAgent.StartsWith("Mozilla/5.0", StringComparison.Ordinal));

    [Fact]
    public void Maintenance_pages_and_503s_were_retried_until_the_court_answered()
    {
        Assert.Contains(backfill.Site.Requests.For(Court(5).Code), r => r.Kind == "maintenance");
        Assert.Contains(backfill.Site.Requests.For(Court(6).Code), r => r.Status == 503);
        Assert.Equal(Court(6).Cases.Count, backfill.Ingestion.Stored.Count(c => c.CourtCode == Court(6).Code));
    }
}
