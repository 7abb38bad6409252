using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Reflection.V1;
using Mediazona.Gateway.Routing;

namespace Mediazona.Gateway.Tests;

/// <summary>Authentication, scopes, limits and the gateway's own endpoints, through the real gateway in front of echo backends.</summary>
public sealed class GatewayAccessTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    const string Summary = "/api/v1/stats/summary";
    const string GrpcSummary = "/mediazona.statistics.v1.StatisticsService/GetSummary";
    const string GrpcSubmit = "/mediazona.ingestion.v1.IngestionService/SubmitCases";

    /// <summary>A concrete request for every route template: {**rest} filled in, verb by what the route serves.</summary>
    public static TheoryData<string, string, string> EveryRoute()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (path, cluster) in SuiteRoutes.Paths)
        {
            var concrete = path.Replace("{**rest}", path.StartsWith("/api/", StringComparison.Ordinal) ? "x1/y" : "AnyMethod", StringComparison.Ordinal);
            var method = concrete.StartsWith("/api/v1/stats", StringComparison.Ordinal) || concrete.StartsWith("/api/v1/courts/", StringComparison.Ordinal)
                || concrete.EndsWith("/rules", StringComparison.Ordinal)
                || concrete.EndsWith("quarantine", StringComparison.Ordinal) || concrete.EndsWith(":lookup", StringComparison.Ordinal) ? "GET" : "POST";
            data.Add(method, concrete, cluster);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRoute))]
    public async Task Every_route_reaches_its_service_with_a_key(string method, string path, string cluster)
    {
        var grpc = !path.StartsWith("/api/", StringComparison.Ordinal);
        using var client = grpc ? Clients.Http2(GatewayFixture.AdminKey) : Clients.Http1(GatewayFixture.AdminKey);
        using var request = grpc ? GrpcRequest(fixture.Gateway.Grpc, path) : new HttpRequestMessage(new HttpMethod(method), new Uri(fixture.Gateway.Http, path));
        if (!grpc && method == "POST")
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await Echo.ReadAsync(response);
        Assert.Equal((cluster, method, path, "HTTP/2"), (echo.Service, echo.Method, echo.Path, echo.Protocol));
    }

    [Fact]
    public async Task Grpc_web_over_http1_reaches_the_service_over_http2()
    {
        using var client = Clients.Http1(GatewayFixture.ReadKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.Gateway.Http, GrpcSummary))
        {
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new("application/grpc-web+proto");
        request.Headers.Add("x-grpc-web", "1");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpVersion.Version11, response.Version);
        var echo = await Echo.ReadAsync(response);
        Assert.Equal(("statistics", GrpcSummary, "HTTP/2"), (echo.Service, echo.Path, echo.Protocol));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong-key", HttpStatusCode.Unauthorized)]
    [InlineData(GatewayFixture.IngestKey, HttpStatusCode.Forbidden)]
    public async Task Json_without_the_right_key_is_refused_before_the_service(string? key, HttpStatusCode expected)
    {
        using var client = Clients.Http1(key);
        using var response = await client.GetAsync(new Uri(fixture.Gateway.Http, Summary));
        Assert.Equal(expected, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(expected == HttpStatusCode.Unauthorized ? (int)StatusCode.Unauthenticated : (int)StatusCode.PermissionDenied, body.GetProperty("code").GetInt32());
        // Refused here: an echo backend would have answered with its name.
        Assert.False(body.TryGetProperty("service", out _));
    }

    [Theory]
    [InlineData(null, GrpcSummary, StatusCode.Unauthenticated)]
    [InlineData("wrong-key", GrpcSummary, StatusCode.Unauthenticated)]
    [InlineData(GatewayFixture.IngestKey, GrpcSummary, StatusCode.PermissionDenied)]
    [InlineData(GatewayFixture.ReadKey, GrpcSubmit, StatusCode.PermissionDenied)]
    public async Task Grpc_without_the_right_key_gets_a_grpc_status(string? key, string path, StatusCode expected)
    {
        using var client = Clients.Http2(key);
        using var response = await client.SendAsync(GrpcRequest(fixture.Gateway.Grpc, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("grpc-status").Single());
    }

    [Fact]
    public async Task A_key_is_also_accepted_as_a_bearer_token()
    {
        using var client = Clients.Http1();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", GatewayFixture.ReadKey);
        using var ok = await client.GetAsync(new Uri(fixture.Gateway.Http, Summary));
        Assert.Equal("statistics", (await Echo.ReadAsync(ok)).Service);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", GatewayFixture.ReadKey + "x");
        using var wrong = await client.GetAsync(new Uri(fixture.Gateway.Http, Summary));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/alive")]
    [InlineData("/openapi.json")]
    public async Task Health_and_the_api_reference_need_no_key(string path)
    {
        using var client = Clients.Http1();
        using var response = await client.GetAsync(new Uri(fixture.Gateway.Http, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_json_routes()
    {
        using var client = Clients.Http1();
        var document = JsonDocument.Parse(await client.GetStringAsync(new Uri(fixture.Gateway.Http, "/openapi.json"))).RootElement;
        Assert.Equal("3.0.3", document.GetProperty("openapi").GetString());
        Assert.True(document.GetProperty("paths").GetProperty(Summary).TryGetProperty("get", out _));
        Assert.True(document.GetProperty("paths").GetProperty("/api/v1/cases:submit").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task Reflection_on_the_h2c_port_lists_every_suite_service_for_a_key_holder()
    {
        using var channel = GrpcChannel.ForAddress(fixture.Gateway.Grpc);
        var client = new ServerReflection.ServerReflectionClient(channel);
        using var call = client.ServerReflectionInfo(new Metadata { { "x-api-key", GatewayFixture.ReadKey } });
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("mediazona.ingestion.v1.IngestionService", names);
        Assert.Contains("mediazona.classification.v1.ClassificationService", names);
        Assert.Contains("mediazona.statistics.v1.StatisticsService", names);

        using var anonymous = client.ServerReflectionInfo();
        try
        {
            await anonymous.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        }
        catch (RpcException)
        {
            // The refusal may end the call while the request is still being written: the write then fails as
            // cancelled, and the call's status comes with the response read below.
        }
        var refused = await Assert.ThrowsAsync<RpcException>(() => anonymous.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    [Fact]
    public async Task Reflection_v1alpha_describes_a_suite_file()
    {
        using var channel = GrpcChannel.ForAddress(fixture.Gateway.Grpc);
        var client = new Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(channel);
        using var call = client.ServerReflectionInfo(new Metadata { { "x-api-key", GatewayFixture.ReadKey } });
        await call.RequestStream.WriteAsync(new Grpc.Reflection.V1Alpha.ServerReflectionRequest { FileContainingSymbol = "mediazona.statistics.v1.StatisticsService" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.NotEmpty(call.ResponseStream.Current.FileDescriptorResponse.FileDescriptorProto);
    }

    [Fact]
    public async Task A_key_over_its_rate_gets_429_or_resource_exhausted_with_retry_after_while_other_keys_pass()
    {
        // A gateway of its own: one request a minute with a burst of two for every key.
        var gateway = await fixture.StartGatewayAsync(fixture.Ingestion.Address, fixture.Classification.Address, fixture.Statistics.Address,
            "--RateLimits:PermitsPerSecond=0.0166", "--RateLimits:Burst=2", "--Auth:AdminPermitsPerSecond=0.0166");
        using var reader = Clients.Http1(GatewayFixture.ReadKey);
        for (var i = 0; i < 2; i++)
        {
            using var admitted = await reader.GetAsync(new Uri(gateway.Http, Summary));
            Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        }
        using var limited = await reader.GetAsync(new Uri(gateway.Http, Summary));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        using var grpcReader = Clients.Http2(GatewayFixture.ReadKey);
        using var grpcLimited = await grpcReader.SendAsync(GrpcRequest(gateway.Grpc, GrpcSummary));
        Assert.Equal(((int)StatusCode.ResourceExhausted).ToString(System.Globalization.CultureInfo.InvariantCulture), grpcLimited.Headers.GetValues("grpc-status").Single());
        Assert.True(grpcLimited.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        using var admin = Clients.Http1(GatewayFixture.AdminKey);
        using var other = await admin.GetAsync(new Uri(gateway.Http, Summary));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Oversize_bodies_get_413_or_resource_exhausted_and_smaller_ones_pass()
    {
        var gateway = await fixture.StartGatewayAsync(fixture.Ingestion.Address, fixture.Classification.Address, fixture.Statistics.Address,
            "--Limits:MaxRequestBodyBytes=1024");
        using var http1 = Clients.Http1(GatewayFixture.AdminKey);
        using var small = await http1.PostAsync(new Uri(gateway.Http, "/api/v1/cases:submit"), new ByteArrayContent(new byte[1000]));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        using var large = await http1.PostAsync(new Uri(gateway.Http, "/api/v1/cases:submit"), new ByteArrayContent(new byte[1025]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);

        using var http2 = Clients.Http2(GatewayFixture.AdminKey);
        using var request = GrpcRequest(gateway.Grpc, GrpcSubmit, new byte[4096]);
        using var grpc = await http2.SendAsync(request);
        Assert.Equal(((int)StatusCode.ResourceExhausted).ToString(System.Globalization.CultureInfo.InvariantCulture), grpc.Headers.GetValues("grpc-status").Single());
    }

    [Fact]
    public async Task An_undeclared_oversize_body_is_cut_with_resource_exhausted()
    {
        var gateway = await fixture.StartGatewayAsync(fixture.Ingestion.Address, fixture.Classification.Address, fixture.Statistics.Address,
            "--Limits:MaxRequestBodyBytes=1024");
        using var http2 = Clients.Http2(GatewayFixture.AdminKey);
        using var request = GrpcRequest(gateway.Grpc, GrpcSubmit, new byte[64 * 1024]);
        // No Content-Length (the stream cannot tell its length): the body streams, as a gRPC call's does.
        request.Content = new StreamContent(new UnknownLengthStream(new byte[64 * 1024]));
        request.Content.Headers.ContentType = new("application/grpc");
        using var response = await http2.SendAsync(request);
        Assert.Equal(((int)StatusCode.ResourceExhausted).ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("grpc-status").Single());
    }

    [Fact]
    public async Task Cors_preflight_from_a_configured_origin_is_answered_and_others_are_not()
    {
        var gateway = await fixture.StartGatewayAsync(fixture.Ingestion.Address, fixture.Classification.Address, fixture.Statistics.Address,
            "--Cors:Origins:0=https://dashboard.example");
        using var client = Clients.Http1();
        foreach (var (origin, allowed) in new[] { ("https://dashboard.example", true), ("https://evil.example", false) })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri(gateway.Http, Summary));
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "GET");
            preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key");
            using var response = await client.SendAsync(preflight);
            Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
        }
    }

    [Fact]
    public async Task Dashboard_files_are_served_without_a_key()
    {
        var root = Directory.CreateTempSubdirectory("mz-dashboard-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "index.html"), "<h1>dashboard</h1>");
            var gateway = await fixture.StartGatewayAsync(fixture.Ingestion.Address, fixture.Classification.Address, fixture.Statistics.Address,
                $"--Dashboard:Root={root.FullName}");
            using var client = Clients.Http1();
            Assert.Equal("<h1>dashboard</h1>", await client.GetStringAsync(new Uri(gateway.Http, "/index.html")));
            Assert.Equal("<h1>dashboard</h1>", await client.GetStringAsync(new Uri(gateway.Http, "/")));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task An_undeclared_body_under_the_limit_still_passes()
    {
        var gateway = await fixture.StartGatewayAsync(fixture.Ingestion.Address, fixture.Classification.Address, fixture.Statistics.Address,
            "--Limits:MaxRequestBodyBytes=1024");
        using var http2 = Clients.Http2(GatewayFixture.AdminKey);
        using var request = GrpcRequest(gateway.Grpc, GrpcSubmit);
        request.Content = new StreamContent(new UnknownLengthStream(new byte[1000]));
        request.Content.Headers.ContentType = new("application/grpc");
        using var response = await http2.SendAsync(request);
        var echo = await Echo.ReadAsync(response);
        Assert.Equal(("ingestion", 1000), (echo.Service, echo.Body.Length));
    }

    /// <summary>A stream that does not know its length, so HttpClient sends no Content-Length.</summary>
    sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }

    static HttpRequestMessage GrpcRequest(Uri gateway, string path, byte[]? payload = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(payload ?? [0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new("application/grpc");
        request.Headers.TE.ParseAdd("trailers");
        return request;
    }
}
