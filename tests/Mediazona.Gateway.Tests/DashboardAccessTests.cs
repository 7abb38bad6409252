using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace Mediazona.Gateway.Tests;

/// <summary>
/// The dashboard as the gateway serves it (the files the build bundles beside the binary) and Auth:AnonymousStats,
/// the option that lets a browser read the statistics routes without a key.
/// </summary>
public sealed class DashboardAccessTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    const string Summary = "/api/v1/stats/summary";

    Task<RunningGateway> AnonymousStatsGateway(params string[] extra) =>
        fixture.StartGatewayAsync(fixture.Ingestion.Address, fixture.Classification.Address, fixture.Statistics.Address,
            ["--Auth:AnonymousStats=true", .. extra]);

    [Fact]
    public async Task The_built_dashboard_is_served_at_the_root_with_its_script_and_styles()
    {
        using var client = Clients.Http1();
        using var page = await client.GetAsync(fixture.Gateway.Http);
        var html = await page.Content.ReadAsStringAsync();
        using var script = await client.GetAsync(new Uri(fixture.Gateway.Http, "/dashboard.js"));
        using var styles = await client.GetAsync(new Uri(fixture.Gateway.Http, "/dashboard.css"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"dashboard.js\">", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        // Chart.js is bundled in: nothing is fetched from elsewhere at run time.
        Assert.Contains("Chart.js v4", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/css", styles.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/dashboard.js", "br", "br", "text/javascript")]
    [InlineData("/dashboard.js", "gzip, deflate", "gzip", "text/javascript")]
    [InlineData("/dashboard.css", "gzip;q=0.5, br", "br", "text/css")]
    [InlineData("/", "br", "br", "text/html")]
    [InlineData("/dashboard.js", "br;q=0, gzip;q=0", null, "text/javascript")]
    [InlineData("/dashboard.js", null, null, "text/javascript")]
    public async Task Dashboard_files_go_out_as_the_builds_compressed_copy_the_browser_accepts(string path, string? accept, string? encoding, string type)
    {
        using var client = Clients.Http1(); // no automatic decompression: the bytes as sent
        using var plain = await client.GetAsync(new Uri(fixture.Gateway.Http, path));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(fixture.Gateway.Http, path));
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding is null ? [] : [encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var sent = await response.Content.ReadAsByteArrayAsync();
        var expected = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(expected, Decoded(sent, encoding));
        if (encoding is not null)
            Assert.True(sent.Length < expected.Length / 2, $"{path} as {encoding}: {sent.Length} of {expected.Length} bytes");
    }

    [Theory]
    [InlineData("/dashboard.js.br")]
    [InlineData("/dashboard.js.gz")]
    public async Task The_compressed_copies_are_not_files_of_their_own(string path)
    {
        using var client = Clients.Http1();
        using var response = await client.GetAsync(new Uri(fixture.Gateway.Http, path));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    static byte[] Decoded(byte[] bytes, string? encoding)
    {
        if (encoding is null)
            return bytes;
        using var input = new MemoryStream(bytes);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [Fact]
    public async Task Dashboard_files_come_with_a_policy_that_allows_only_the_gateways_own_scripts_and_calls()
    {
        using var client = Clients.Http1();
        using var page = await client.GetAsync(fixture.Gateway.Http);

        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        // The API's own answers are not the dashboard's files: no page policy on them.
        using var reader = Clients.Http1(GatewayFixture.ReadKey);
        using var api = await reader.GetAsync(new Uri(fixture.Gateway.Http, Summary));
        Assert.False(api.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Without_the_option_the_statistics_need_a_key()
    {
        using var anonymous = Clients.Http1();
        using var response = await anonymous.GetAsync(new Uri(fixture.Gateway.Http, Summary));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/stats/summary?asOf=2023-04-03")]
    [InlineData("/api/v1/stats/summary:watch")]
    [InlineData("/api/v1/stats/monthly")]
    [InlineData("/api/v1/stats/cases.csv")]
    public async Task With_the_option_statistics_reads_reach_the_service_without_a_key(string pathAndQuery)
    {
        var gateway = await AnonymousStatsGateway();
        using var anonymous = Clients.Http1();
        using var response = await anonymous.GetAsync(new Uri(gateway.Http, pathAndQuery));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await Echo.ReadAsync(response);
        Assert.Equal(("statistics", "GET"), (echo.Service, echo.Method));
    }

    [Theory]
    [InlineData("/api/v1/courts?district=77OV0000", "ingestion")]
    [InlineData("/api/v1/courts/health", "collection")]
    public async Task With_the_option_the_court_list_and_health_reach_their_service_without_a_key(string pathAndQuery, string service)
    {
        var gateway = await AnonymousStatsGateway();
        using var anonymous = Clients.Http1();
        using var response = await anonymous.GetAsync(new Uri(gateway.Http, pathAndQuery));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await Echo.ReadAsync(response);
        Assert.Equal((service, "GET"), (echo.Service, echo.Method));
    }

    [Theory]
    [InlineData("GET", "/api/v1/cases/abc")]
    [InlineData("GET", "/api/v1/cases:lookup")]
    [InlineData("GET", "/api/v1/rules")]
    [InlineData("POST", "/api/v1/stats/summary")]
    [InlineData("POST", "/api/v1/cases:submit")]
    [InlineData("GET", "/api/v1/quarantine")]
    [InlineData("POST", "/api/v1/courts:crawl")]
    public async Task With_the_option_everything_else_still_needs_credentials(string method, string path)
    {
        var gateway = await AnonymousStatsGateway();
        using var anonymous = Clients.Http1();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(gateway.Http, path));
        if (method == "POST")
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var response = await anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task With_the_option_grpc_statistics_still_need_a_key()
    {
        var gateway = await AnonymousStatsGateway();
        using var anonymous = Clients.Http2();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway.Grpc, "/mediazona.statistics.v1.StatisticsService/GetSummary"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        using var response = await anonymous.SendAsync(request);
        Assert.Equal(((int)Grpc.Core.StatusCode.Unauthenticated).ToString(System.Globalization.CultureInfo.InvariantCulture),
            response.Headers.GetValues("grpc-status").Single());
    }

    [Theory]
    [InlineData("wrong-key", HttpStatusCode.Unauthorized)]
    [InlineData(GatewayFixture.IngestKey, HttpStatusCode.Forbidden)]
    public async Task With_the_option_presented_credentials_are_still_checked(string key, HttpStatusCode expected)
    {
        var gateway = await AnonymousStatsGateway();
        using var client = Clients.Http1(key);
        using var response = await client.GetAsync(new Uri(gateway.Http, Summary));
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_statistics_reads_share_the_per_address_limit_of_the_open_endpoints()
    {
        var gateway = await AnonymousStatsGateway("--RateLimits:AnonymousPermitsPerSecond=0.0166", "--RateLimits:AnonymousBurst=2");
        using var anonymous = Clients.Http1();
        for (var i = 0; i < 2; i++)
        {
            using var admitted = await anonymous.GetAsync(new Uri(gateway.Http, Summary));
            Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        }
        using var limited = await anonymous.GetAsync(new Uri(gateway.Http, Summary));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);

        // A key holder has a bucket of its own.
        using var reader = Clients.Http1(GatewayFixture.ReadKey);
        using var keyed = await reader.GetAsync(new Uri(gateway.Http, Summary));
        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
    }
}
