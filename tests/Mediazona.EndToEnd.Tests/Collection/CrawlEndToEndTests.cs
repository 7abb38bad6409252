using Google.Protobuf;
using Mediazona.Contracts.Collection.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Mediazona.FakeCourts;
using static Mediazona.EndToEnd.Tests.Collection.FakeCourtCrawl;

namespace Mediazona.EndToEnd.Tests.Collection;

/// <summary>
/// `mzctl crawl` against the fake court sites, through the real suite (gateway, collector, ingestion, classification,
/// statistics): every case they show is counted exactly, and the courts that cannot be collected say why instead of
/// reading as zero cases. One crawl of thirteen courts is shared by the tests.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class CrawlEndToEndTests(SuiteFixture suite) : IAsyncLifetime
{
    static readonly SemaphoreSlim Once = new(1, 1);
    static FakeCourtSite? _site;
    static Result? _crawl;

    public async Task InitializeAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_crawl is not null)
                return;
            _site = await FakeCourtSite.StartAsync(new FakeSiteOptions { Courts = 13, FirstCourtCases = 120, MinCases = 20, MaxCases = 50, SlowAnswer = TimeSpan.FromMilliseconds(60) });
            _crawl = await RunAsync(suite, _site, _site.Courts, TimeSpan.FromMinutes(8));
        }
        finally
        {
            Once.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    static FakeCourtSite Site => _site!;
    static Result Crawl => _crawl!;

    [Fact]
    public async Task The_statistics_equal_the_fake_sites_truth_for_every_court_that_could_be_collected()
    {
        var healthy = Healthy.Select(i => Site.Courts[i]).ToList();
        var counted = await SettledAsync(suite, healthy, TimeSpan.FromMinutes(2));
        Assert.All(healthy, court => Assert.Equal((court.Code, Truth(court)), (court.Code, counted.GetValueOrDefault(court.Code))));
        Assert.True(healthy.Sum(c => c.Cases.Count) > 300, "the crawl must cover a few hundred cases to mean something");
    }

    [Fact]
    public void Mzctl_reports_each_court_and_exits_2_because_some_could_not_be_collected()
    {
        Assert.True(Crawl.Exit == 2, $"exit {Crawl.Exit}: {Crawl.Errors}");
        var results = Crawl.Summary.Courts.ToDictionary(c => c.CourtCode);
        Assert.Equal(Site.Courts.Select(c => c.Code).Order(), results.Keys.Order());
        foreach (var index in Healthy)
        {
            var court = Site.Courts[index];
            Assert.Equal((court.Code, "OK"), (court.Code, results[court.Code].Result));
            Assert.Equal(court.Cases.Count, results[court.Code].CardsFetched);
        }
        Assert.Equal("Captcha", results[Site.Courts[3].Code].Result);
        Assert.Equal("ModuleOff", results[Site.Courts[4].Code].Result);
        Assert.Equal("Blocked", results[Site.Courts[9].Code].Result);
        Assert.Equal("Unknown", results[Site.Courts[11].Code].Result); // a results page no parser knows
        Assert.All(new[] { 3, 4, 9, 11 }, i => Assert.NotEmpty(results[Site.Courts[i].Code].Cause));
    }

    [Fact]
    public async Task Mzctl_courts_shows_the_captcha_module_off_and_changed_layout_courts_with_those_statuses_never_as_zero_cases()
    {
        string[] codes = [Site.Courts[3].Code, Site.Courts[4].Code, Site.Courts[0].Code, Site.Courts[11].Code];
        var arguments = new List<string> { "courts", "--format", "json" };
        foreach (var code in codes)
            arguments.AddRange(["--court", code]);
        using var mzctl = Mzctl.Start(suite, SuiteKeys.Reader, [.. arguments]);
        var output = await mzctl.StandardOutput.ReadToEndAsync();
        await mzctl.WaitForExitAsync();
        Assert.True(mzctl.ExitCode == 0, await mzctl.StandardError.ReadToEndAsync());

        var health = JsonParser.Default.Parse<ListCourtHealthResponse>(output).Courts.ToDictionary(c => c.CourtCode);
        Assert.Equal(CourtHealthStatus.Captcha, health[codes[0]].Status);
        Assert.Equal(CourtHealthStatus.ModuleOff, health[codes[1]].Status);
        Assert.Equal(CourtHealthStatus.Ok, health[codes[2]].Status);
        Assert.Equal(CourtHealthStatus.LayoutChanged, health[codes[3]].Status);
        Assert.Equal(Site.Courts[0].Cases.Count, health[codes[2]].CasesSeen);
        Assert.NotEmpty(health[codes[0]].Cause);
    }

    [Fact]
    public async Task A_folder_of_card_pages_saved_from_a_court_imports_with_no_court_code_given()
    {
        // The captcha court: its list is closed, so none of its cards came in with the crawl; cards never ask for a captcha.
        var court = Site.Courts[3];
        var folder = Directory.CreateTempSubdirectory("saved-cards-").FullName;
        try
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36");
            foreach (var card in court.Cases.Take(15))
            {
                var url = new Uri(Site.BaseUrl(court.Code), $"modules.php?name=sud_delo&srv_num=1&name_op=case&case_id={card.CardId}&case_uid={card.CardUid}&delo_id=1540006");
                await File.WriteAllBytesAsync(Path.Combine(folder, $"card-{card.CardId}.html"), await http.GetByteArrayAsync(url));
            }
            using var mzctl = Mzctl.Start(suite, SuiteKeys.Feeder, "import", folder);
            var output = await mzctl.StandardOutput.ReadToEndAsync();
            var errors = await mzctl.StandardError.ReadToEndAsync();
            await mzctl.WaitForExitAsync();
            Assert.True(mzctl.ExitCode == 0, output + errors);

            using var channel = SuiteKeys.Channel(suite.GatewayGrpc, SuiteKeys.Reader);
            var ingestion = new Mediazona.Contracts.Ingestion.V1.IngestionService.IngestionServiceClient(channel);
            foreach (var card in court.Cases.Take(15))
            {
                var found = await ingestion.GetCaseAsync(new() { CourtCode = court.Code, CaseNumber = card.CaseNumber });
                Assert.Equal(card.EntryDate.ToString("yyyy-MM-dd"), found.Case.EntryDate);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Mzctl_courts_lists_every_military_court_of_the_registry()
    {
        using var mzctl = Mzctl.Start(suite, SuiteKeys.Reader, "courts", "--format", "csv");
        var lines = (await mzctl.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await mzctl.WaitForExitAsync();
        Assert.Equal(0, mzctl.ExitCode);
        var codes = lines.Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        Assert.Equal(111, Mediazona.Courts.Registry.CourtRegistry.Current.Courts.Count(c => codes.Contains(c.Code)));
    }
}
