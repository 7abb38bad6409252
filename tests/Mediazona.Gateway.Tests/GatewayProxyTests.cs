using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;

namespace Mediazona.Gateway.Tests;

/// <summary>The real gateway on loopback ports in front of three h2c echo backends.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    readonly List<EchoBackend> backends = [];
    readonly List<WebApplication> gateways = [];

    public EchoBackend Ingestion { get; private set; } = null!;
    public EchoBackend Classification { get; private set; } = null!;
    public EchoBackend Statistics { get; private set; } = null!;
    public EchoBackend Collection { get; private set; } = null!;
    public RunningGateway Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Ingestion = await Start("ingestion");
        Classification = await Start("classification");
        Statistics = await Start("statistics");
        Collection = await Start("collection");
        Gateway = await StartGatewayAsync(Ingestion.Address, Classification.Address, Statistics.Address);
    }

    async Task<EchoBackend> Start(string name)
    {
        var backend = await EchoBackend.StartAsync(name);
        backends.Add(backend);
        return backend;
    }

    public const string AdminKey = "test-admin-key";
    /// <summary>The deployment's internal secret: the gateway adds it to every forwarded request.</summary>
    public const string InternalSecret = "test-internal-secret-0123456789abcdef";
    public const string ReadKey = "test-read-key";
    public const string IngestKey = "test-ingest-key";

    /// <param name="extra">More configuration, "--Key=value".</param>
    public async Task<RunningGateway> StartGatewayAsync(Uri ingestion, Uri classification, Uri statistics, params string[] extra)
    {
        // A free port can be taken by another test process between FreePort() and the bind: then take new ones.
        for (var attempt = 1; ; attempt++)
        {
            var (http, grpc) = (FreePort(), FreePort());
            var app = GatewayApp.Build([
                "--Ports:Address=127.0.0.1", $"--Ports:Http={http}", $"--Ports:Grpc={grpc}",
                $"--Services:Ingestion={ingestion}", $"--Services:Classification={classification}", $"--Services:Statistics={statistics}",
                $"--Services:Collection={Collection.Address}",
                "--Logging:LogLevel:Default=Warning",
                $"--Internal:Secret={InternalSecret}",
                $"--Auth:AdminKey={AdminKey}",
                $"--Auth:Keys:reader:Sha256={Convert.ToHexString(Mediazona.Gateway.Security.ApiKeys.Hash(ReadKey))}", "--Auth:Keys:reader:Scopes=read",
                $"--Auth:Keys:feeder:Sha256={Convert.ToHexString(Mediazona.Gateway.Security.ApiKeys.Hash(IngestKey))}", "--Auth:Keys:feeder:Scopes=ingest",
                .. extra,
            ]);
            try
            {
                await app.StartAsync();
            }
            catch (IOException) when (attempt < 3)
            {
                await app.DisposeAsync();
                continue;
            }
            gateways.Add(app);
            return new RunningGateway(new Uri($"http://127.0.0.1:{http}"), new Uri($"http://127.0.0.1:{grpc}"));
        }
    }

    /// <summary>A port nothing listens on right now (the OS hands out a fresh one on each bind to 0).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        foreach (var gateway in gateways)
            await gateway.DisposeAsync();
        foreach (var backend in backends)
            await backend.DisposeAsync();
    }
}

public sealed record RunningGateway(Uri Http, Uri Grpc);

/// <summary>HTTP clients pinned to one protocol version, sending an API key when given one.</summary>
public static class Clients
{
    public static HttpClient Http1(string? key = null) => WithKey(new HttpClient { DefaultRequestVersion = HttpVersion.Version11, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact }, key);

    public static HttpClient Http2(string? key = null) => WithKey(new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact }, key);

    static HttpClient WithKey(HttpClient client, string? key)
    {
        if (key is not null)
            client.DefaultRequestHeaders.Add("x-api-key", key);
        return client;
    }
}

public sealed class GatewayProxyTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>, IDisposable
{
    readonly HttpClient http1 = Clients.Http1(GatewayFixture.AdminKey);
    readonly HttpClient http2 = Clients.Http2(GatewayFixture.AdminKey);

    [Fact]
    public async Task Json_over_http1_reaches_statistics_over_http2_with_path_and_query_intact()
    {
        using var response = await http1.GetAsync(new Uri(fixture.Gateway.Http, "/api/v1/stats/summary?asOf=2023-04-03&courtCodes=46GV0001"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version11, response.Version);
        var echo = await Echo.ReadAsync(response);
        Assert.Equal(("statistics", "GET", "/api/v1/stats/summary", "?asOf=2023-04-03&courtCodes=46GV0001", "HTTP/2"),
            (echo.Service, echo.Method, echo.Path, echo.Query, echo.Protocol));
    }

    [Fact]
    public async Task Every_forwarded_request_carries_the_internal_credential_and_only_the_gateways()
    {
        using var plain = await http1.GetAsync(new Uri(fixture.Gateway.Http, "/api/v1/rules"));
        Assert.Equal(GatewayFixture.InternalSecret, (await Echo.ReadAsync(plain)).Internal);

        using var forged = new HttpRequestMessage(HttpMethod.Get, new Uri(fixture.Gateway.Http, "/api/v1/rules"));
        forged.Headers.Add(Mediazona.ServiceDefaults.Security.InternalCredential.Header, "a-callers-own-guess");
        using var response = await http1.SendAsync(forged);
        Assert.Equal(GatewayFixture.InternalSecret, (await Echo.ReadAsync(response)).Internal);
    }

    [Fact]
    public async Task Submitting_cases_with_a_colon_path_reaches_ingestion_with_its_body()
    {
        const string body = """{"cases":[{"caseNumber":"1-12/2023"}]}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http1.PostAsync(new Uri(fixture.Gateway.Http, "/api/v1/cases:submit"), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await Echo.ReadAsync(response);
        Assert.Equal(("ingestion", "POST", "/api/v1/cases:submit", body), (echo.Service, echo.Method, echo.Path, echo.Body));
    }

    [Theory]
    [InlineData("/api/v1/cases:lookup?courtCode=46GV0001&caseNumber=1-12%2F2023", "ingestion")]
    [InlineData("/api/v1/cases/abc/revisions", "ingestion")]
    [InlineData("/api/v1/rules", "classification")]
    [InlineData("/api/v1/courts", "ingestion")]
    [InlineData("/api/v1/courts/health", "collection")]
    public async Task Other_json_paths_reach_their_service(string pathAndQuery, string service)
    {
        using var response = await http1.GetAsync(new Uri(fixture.Gateway.Http, pathAndQuery));
        var echo = await Echo.ReadAsync(response);
        Assert.Equal(service, echo.Service);
        Assert.Equal(pathAndQuery, echo.Path + echo.Query);
    }

    [Theory]
    [InlineData("/mediazona.ingestion.v1.IngestionService/SubmitCases", "ingestion")]
    [InlineData("/mediazona.classification.v1.ClassificationService/Classify", "classification")]
    [InlineData("/mediazona.statistics.v1.StatisticsService/GetSummary", "statistics")]
    [InlineData("/mediazona.collection.v1.CollectionService/ListCourtHealth", "collection")]
    public async Task Grpc_over_http2_reaches_the_right_service(string path, string service)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.Gateway.Grpc, path))
        {
            // A hand-made request ignores the client's default version.
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new("application/grpc");
        request.Headers.TE.ParseAdd("trailers");
        using var response = await http2.SendAsync(request);
        Assert.Equal(HttpVersion.Version20, response.Version);
        var echo = await Echo.ReadAsync(response);
        Assert.Equal((service, "POST", path, "HTTP/2"), (echo.Service, echo.Method, echo.Path, echo.Protocol));
    }

    [Theory]
    // "/" is the dashboard (DashboardAccessTests).
    [InlineData("/nothing-here")]
    [InlineData("/api/v1/cases:delete")]
    [InlineData("/api/v2/stats/summary")]
    public async Task Unknown_paths_are_404(string path)
    {
        using var response = await http1.GetAsync(new Uri(fixture.Gateway.Http, path));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_reports_every_service_healthy_on_both_ports()
    {
        foreach (var (client, address) in new[] { (http1, fixture.Gateway.Http), (http2, fixture.Gateway.Grpc) })
        {
            using var response = await client.GetAsync(new Uri(address, "/healthz"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Healthy", json.GetProperty("status").GetString());
            foreach (var service in new[] { "ingestion", "classification", "statistics" })
                Assert.Equal("Healthy", json.GetProperty("services").GetProperty(service).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Healthz_is_503_naming_the_service_that_is_down_while_alive_stays_200()
    {
        var down = new Uri($"http://127.0.0.1:{GatewayFixture.FreePort()}");
        var gateway = await fixture.StartGatewayAsync(fixture.Ingestion.Address, fixture.Classification.Address, down);

        using var response = await http1.GetAsync(new Uri(gateway.Http, "/healthz"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Unhealthy", json.GetProperty("status").GetString());
        var services = json.GetProperty("services");
        Assert.Equal("Unhealthy", services.GetProperty("statistics").GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(services.GetProperty("statistics").GetProperty("error").GetString()));
        Assert.Equal("Healthy", services.GetProperty("ingestion").GetProperty("status").GetString());
        Assert.Equal("Healthy", services.GetProperty("classification").GetProperty("status").GetString());

        using var alive = await http1.GetAsync(new Uri(gateway.Http, "/alive"));
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    public void Dispose()
    {
        http1.Dispose();
        http2.Dispose();
    }
}
