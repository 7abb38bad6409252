using System.Diagnostics;
using System.Globalization;
using Mediazona.Collection.Tests.Support;
using Mediazona.FakeCourts;

// dotnet run -c Release --project tests/Mediazona.Collection.Benchmarks -- [cases=700] [delay=00:00:01.500] [jitter=00:00:01]
// Backfills a generation A and a generation B court of that many cases each, at the same time.
// Needs MZ_TEST_POSTGRES (deploy/local/infra.sh up test). Prints the figures; asserts nothing.
var settings = args.Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
var cases = int.Parse(settings.GetValueOrDefault("cases", "700"), CultureInfo.InvariantCulture);
var politeness = new Dictionary<string, string?>
{
    ["WindowDays"] = "90",
    ["Politeness:Delay"] = settings.GetValueOrDefault("delay", "00:00:01.500"),
    ["Politeness:Jitter"] = settings.GetValueOrDefault("jitter", "00:00:01"),
    ["Politeness:RetryBackoff"] = "00:00:05",
};

await using var site = await FakeCourtSite.StartAsync(new FakeSiteOptions { Courts = 2, FirstCourtCases = cases, MinCases = cases, MaxCases = cases });
await using var database = await TestDatabase.CreateAsync();
await using var ingestion = new RecordingIngestion();
await ingestion.StartAsync();
await using var collector = new Collector(site, database, ingestion, politeness);

var clock = Stopwatch.StartNew();
var steps = await collector.CrawlAsync();
clock.Stop();

foreach (var court in site.Courts)
{
    var requests = site.Requests.For(court.Code);
    var span = (requests[^1].Finished - requests[0].Started).TotalSeconds;
    var lists = requests.Count(r => r.Kind is "list" or "no-results");
    var cards = requests.Count(r => r.Kind == "card");
    var gaps = requests.Zip(requests.Skip(1), (a, b) => (b.Started - a.Finished).TotalSeconds).Order().ToList();
    var run = steps.Single(s => s.Court == court.Code && s.Finished).Run;
    var stored = ingestion.Stored.Count(c => c.CourtCode == court.Code);
    Console.WriteLine(FormattableString.Invariant($"{court.Code} ({court.Profile.Name}): {court.Cases.Count} cases, {run.Kind}; {lists} list pages + {cards} cards = {requests.Count} requests in {span:0.0} s ({requests.Count / span:0.000} requests/s); gaps min {gaps[0]:0.000} s, median {gaps[gaps.Count / 2]:0.000} s; stored {stored}"));
}
Console.WriteLine(FormattableString.Invariant($"backfill of both courts side by side: {clock.Elapsed.TotalMinutes:0.0} min"));
