using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Mediazona.Collection.Tests.Support;
using Mediazona.Contracts.Collection.V1;
using Mediazona.FakeCourts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mediazona.Collection.Tests.Rpc;

/// <summary>The collection host as Program.cs builds it (in memory), its gRPC Crawl stream and its transcoded JSON health.</summary>
public sealed class CollectionServiceTests : IAsyncLifetime
{
    FakeCourtSite _site = null!;
    TestDatabase _database = null!;
    RecordingIngestion Ingestion { get; } = new();
    WebApplicationFactory<Program> Host { get; set; } = null!;
    GrpcChannel Channel { get; set; } = null!;

    const string InternalSecret = "collection-tests-internal-secret-0123456789";

    /// <summary>What the gateway adds to every call it forwards: the services answer nothing else.</summary>
    sealed class InternalCredentialHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add(Mediazona.ServiceDefaults.Security.InternalCredential.Header, InternalSecret);
            return base.SendAsync(request, cancellationToken);
        }
    }

    public async Task InitializeAsync()
    {
        _site = await FakeCourtSite.StartAsync(new FakeSiteOptions { Courts = 4, FirstCourtCases = 30, CaptchaAnswerLasts = 500 });
        _database = await TestDatabase.CreateAsync();
        await Ingestion.StartAsync();
        Host = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Postgres", _database.ConnectionString);
            web.UseSetting("Collection:Scheduled", "false");
            // The fake site's courts only (never a real court's site), and the suite's internal credential on every call.
            web.UseSetting("Collection:RegistryCourts", "false");
            web.UseSetting("Internal:Secret", InternalSecret);
            web.UseSetting("Collection:Gateway", Ingestion.Address.AbsoluteUri);
            web.UseSetting("Collection:ApiKey", RecordingIngestion.ApiKey);
            web.UseSetting("Collection:Politeness:Delay", "00:00:00.010");
            web.UseSetting("Collection:Politeness:Jitter", "00:00:00");
            // Courts 0 (A) and 3 (captcha) are registered; court 1 is reached only through a site override.
            foreach (var (index, slot) in new[] { (0, 0), (3, 1) })
            {
                web.UseSetting($"Collection:Sites:{slot}:Code", _site.Courts[index].Code);
                web.UseSetting($"Collection:Sites:{slot}:BaseUrl", _site.BaseUrl(_site.Courts[index].Code).AbsoluteUri);
            }
        });
        Channel = GrpcChannel.ForAddress(Host.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new InternalCredentialHandler { InnerHandler = Host.Server.CreateHandler() },
        });
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        await Host.DisposeAsync();
        await Ingestion.DisposeAsync();
        await _database.DisposeAsync();
        await _site.DisposeAsync();
    }

    async Task<List<CrawlResponse>> CrawlAsync(CrawlRequest request)
    {
        using var call = new CollectionService.CollectionServiceClient(Channel).Crawl(request);
        var steps = new List<CrawlResponse>();
        await foreach (var step in call.ResponseStream.ReadAllAsync())
            steps.Add(step);
        return steps;
    }

    [Fact]
    public async Task Crawl_streams_each_window_then_each_court_s_result_and_health_is_served_as_json()
    {
        var (working, captcha) = (_site.Courts[0], _site.Courts[3]);
        var steps = await CrawlAsync(new CrawlRequest { CourtCodes = { working.Code, captcha.Code } });

        var done = steps.Single(s => s.CourtCode == working.Code && s.Finished);
        Assert.Equal(("OK", working.Cases.Count, working.Cases.Count), (done.Result, done.CardsFetched, done.NewCases));
        Assert.Contains(steps, s => s.CourtCode == working.Code && !s.Finished && s.WindowFrom is not null);
        var refused = steps.Single(s => s.CourtCode == captcha.Code && s.Finished);
        Assert.Equal("Captcha", refused.Result);
        Assert.Contains("проверочный код", refused.Cause, StringComparison.OrdinalIgnoreCase);

        using var http = Host.CreateDefaultClient(new InternalCredentialHandler());
        var json = await http.GetFromJsonAsync<JsonElement>("/api/v1/courts/health");
        var courts = json.GetProperty("courts").EnumerateArray().ToDictionary(c => c.GetProperty("courtCode").GetString()!);
        Assert.Equal("COURT_HEALTH_STATUS_OK", courts[working.Code].GetProperty("status").GetString());
        Assert.Equal(working.Cases.Count, courts[working.Code].GetProperty("casesSeen").GetInt32());
        Assert.Equal("COURT_HEALTH_STATUS_CAPTCHA", courts[captcha.Code].GetProperty("status").GetString());

        var metrics = (await http.GetStringAsync("/metrics")).Split('\n');
        Assert.Contains(metrics, l => l.StartsWith("mediazona_collection_court_health{", StringComparison.Ordinal)
            && l.Contains($"court=\"{captcha.Code}\"", StringComparison.Ordinal) && l.Contains("status=\"CAPTCHA\"", StringComparison.Ordinal) && l.EndsWith(" 1", StringComparison.Ordinal));
        Assert.Contains(metrics, l => l.StartsWith("mediazona_collection_runs_total{", StringComparison.Ordinal)
            && l.Contains($"court=\"{working.Code}\"", StringComparison.Ordinal) && l.Contains("result=\"OK\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_site_override_crawls_a_court_at_another_address_for_one_pass()
    {
        var court = _site.Courts[1];
        var steps = await CrawlAsync(new CrawlRequest
        {
            CourtCodes = { court.Code },
            FromDate = new Google.Type.Date { Year = 2025, Month = 1, Day = 1 },
            ToDate = new Google.Type.Date { Year = 2025, Month = 12, Day = 31 },
            SiteOverrides = { new SiteOverride { CourtCode = court.Code, BaseUrl = _site.BaseUrl(court.Code).AbsoluteUri } },
        });
        var expected = court.Cases.Count(c => c.EntryDate.Year == 2025);
        Assert.Equal(("OK", expected), (steps.Single(s => s.Finished).Result, steps.Single(s => s.Finished).NewCases));
        Assert.Equal(expected, Ingestion.Stored.Count);
    }

    [Fact]
    public async Task A_person_reads_the_court_s_captcha_once_and_the_pass_collects_every_card()
    {
        var court = _site.Courts[3];
        var client = new CollectionService.CollectionServiceClient(Channel);
        var captcha = await client.GetCaptchaAsync(new GetCaptchaRequest { CourtCode = court.Code });
        Assert.Equal(("image/png", court.Code), (captcha.ImageType, captcha.CourtCode));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], captcha.Image.Span[..4].ToArray());
        Assert.Contains("name_op=sf", captcha.FormUrl, StringComparison.Ordinal);

        var answer = _site.Captcha(court.Code).AnswerOf(captcha.CaptchaId)!; // what the picture shows
        var steps = await CrawlAsync(new CrawlRequest
        {
            CourtCodes = { court.Code },
            CaptchaAnswers = { new CaptchaAnswer { CourtCode = court.Code, CaptchaId = captcha.CaptchaId, Answer = answer } },
        });
        var done = steps.Single(s => s.Finished);
        Assert.Equal(("OK", court.Cases.Count), (done.Result, done.NewCases));

        // The same answer serves the next pass too (the court has not refused it).
        Assert.Equal("OK", (await CrawlAsync(new CrawlRequest { CourtCodes = { court.Code } })).Single(s => s.Finished).Result);

        // Over JSON as well: the picture as base64.
        using var http = Host.CreateDefaultClient(new InternalCredentialHandler());
        using var response = await http.PostAsJsonAsync("/api/v1/courts:captcha", new { courtCode = court.Code });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(26, json.GetProperty("captchaId").GetString()!.Length);
        Assert.StartsWith("iVBORw0KGgo", json.GetProperty("image").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_a_captcha_of_a_court_whose_form_shows_none_is_a_failed_precondition_with_its_details()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            new CollectionService.CollectionServiceClient(Channel).GetCaptchaAsync(new GetCaptchaRequest { CourtCode = _site.Courts[0].Code }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var details = Google.Rpc.Status.Parser.ParseFrom(error.Trailers.GetValueBytes("grpc-status-details-bin"));
        Assert.Equal(_site.Courts[0].Code, details.Details.Single().Unpack<Google.Rpc.PreconditionFailure>().Violations.Single().Subject);
    }

    [Theory]
    [InlineData("", "v3ruvq66jtumpc886v4g0fp6o7", "12345", "captcha_answers[0].court_code")]
    [InlineData("99GV0004", "v3ruvq66jtumpc886v4g0fp6o7", "12345", "captcha_answers[0].court_code")] // not a court of this crawl
    [InlineData("99GV0001", "", "12345", "captcha_answers[0].captcha_id")]
    [InlineData("99GV0001", "v3ruvq66jtumpc886v4g0fp6o7", "12 345", "captcha_answers[0].answer")]
    public async Task A_malformed_captcha_answer_is_an_invalid_argument_on_its_field(string court, string id, string answer, string field)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => CrawlAsync(new CrawlRequest
        {
            CourtCodes = { _site.Courts[0].Code },
            CaptchaAnswers = { new CaptchaAnswer { CourtCode = court, CaptchaId = id, Answer = answer } },
        }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var details = Google.Rpc.Status.Parser.ParseFrom(error.Trailers.GetValueBytes("grpc-status-details-bin"));
        Assert.Equal(field, details.Details.Single().Unpack<Google.Rpc.BadRequest>().FieldViolations.Single().Field);
    }

    [Fact]
    public async Task An_unknown_court_is_an_invalid_argument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => CrawlAsync(new CrawlRequest { CourtCodes = { "00GV0000" } }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }
}
