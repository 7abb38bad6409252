using System.Buffers.Binary;
using System.Net;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Mediazona.Contracts.Classification.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests;

/// <summary>The gateway as clients meet it: keys and scopes, limits, gRPC-Web and reflection, in front of the real services.</summary>
[Collection(SuiteCollection.Name)]
public sealed class GatewayAccessTests(SuiteFixture suite)
{
    [Fact]
    public async Task A_read_key_reads_in_both_protocols_and_an_ingest_key_submits()
    {
        var court = NewCourtCode();
        using var feeder = new JsonApi(suite.GatewayHttp, SuiteKeys.Feeder);
        var submitted = await feeder.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit",
            new SubmitCasesRequest { Cases = { Case(court, "1-21/2023", "2023-03-03", Defendant(1, "ст.337 ч.5 УК РФ")) } });
        Assert.Equal(RecordStatus.New, submitted.Results.Single().Status);

        using var reader = new JsonApi(suite.GatewayHttp, SuiteKeys.Reader);
        var rules = await reader.GetAsync<GetRulesResponse>("/api/v1/rules");
        Assert.True(rules.Version >= 1);

        using var channel = SuiteKeys.Channel(suite.GatewayGrpc, SuiteKeys.Reader);
        var found = await new IngestionService.IngestionServiceClient(channel)
            .GetCaseAsync(new GetCaseRequest { CourtCode = court, CaseNumber = "1-21/2023" });
        Assert.Equal(submitted.Results.Single().CaseId, found.Revision.CaseId);
    }

    [Theory]
    [InlineData(null, "/api/v1/stats/summary", HttpStatusCode.Unauthorized)]
    [InlineData("not-a-key", "/api/v1/stats/summary", HttpStatusCode.Unauthorized)]
    [InlineData(SuiteKeys.Feeder, "/api/v1/stats/summary", HttpStatusCode.Forbidden)]
    [InlineData(SuiteKeys.Reader, "/api/v1/quarantine", HttpStatusCode.Forbidden)]
    public async Task Json_auth_failures_are_401_or_403(string? key, string path, HttpStatusCode expected)
    {
        using var api = new JsonApi(suite.GatewayHttp, key);
        using var response = await api.GetRawAsync(path);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Json_submit_with_a_read_key_is_403()
    {
        using var api = new JsonApi(suite.GatewayHttp, SuiteKeys.Reader);
        using var response = await api.PostRawAsync("/api/v1/cases:submit", """{"cases":[]}""");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(null, StatusCode.Unauthenticated)]
    [InlineData("not-a-key", StatusCode.Unauthenticated)]
    [InlineData(SuiteKeys.Feeder, StatusCode.PermissionDenied)]
    public async Task Grpc_auth_failures_are_unauthenticated_or_permission_denied(string? key, StatusCode expected)
    {
        using var channel = SuiteKeys.Channel(suite.GatewayGrpc, key);
        var statistics = new StatisticsService.StatisticsServiceClient(channel);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await statistics.GetSummaryAsync(new GetSummaryRequest()));
        Assert.Equal(expected, error.StatusCode);
    }

    [Fact]
    public async Task Grpc_submit_with_a_read_key_is_permission_denied()
    {
        using var channel = SuiteKeys.Channel(suite.GatewayGrpc, SuiteKeys.Reader);
        var ingestion = new IngestionService.IngestionServiceClient(channel);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await ingestion.SubmitCasesAsync(new SubmitCasesRequest()));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Fact]
    public async Task A_key_over_its_rate_is_refused_in_both_protocols_with_retry_after()
    {
        // The "limited" key: one request a minute, so the second in a row is over.
        using var api = new JsonApi(suite.GatewayHttp, SuiteKeys.Limited);
        using var first = await api.GetRawAsync("/api/v1/rules");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await api.GetRawAsync("/api/v1/rules");
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        using var channel = SuiteKeys.Channel(suite.GatewayGrpc, SuiteKeys.Limited);
        var classification = new ClassificationService.ClassificationServiceClient(channel);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await classification.GetRulesAsync(new GetRulesRequest()));
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.NotNull(error.Trailers.GetValue("retry-after"));

        // Other keys keep their own buckets.
        using var reader = new JsonApi(suite.GatewayHttp, SuiteKeys.Reader);
        using var other = await reader.GetRawAsync("/api/v1/rules");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Oversize_requests_are_413_or_resource_exhausted()
    {
        // A classification preview with an absurdly long charge text: the gateway must refuse it unread.
        ClassifyRequest Preview(int chargeLength) => new() { Case = Case(NewCourtCode(), "1-22/2023", "2023-03-03", Defendant(1, "ст.337 ч.5 УК РФ" + new string(' ', chargeLength))) };
        var big = Preview((int)SuiteFixture.TightBodyLimit + 1);

        using var api = new JsonApi(suite.TightGatewayHttp);
        using var response = await api.PostRawAsync("/api/v1/classify", JsonFormatter.Default.Format(big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);

        using var channel = SuiteKeys.Channel(suite.TightGatewayGrpc);
        var classification = new ClassificationService.ClassificationServiceClient(channel);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await classification.ClassifyAsync(big));
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);

        // Under the limit the same gateway forwards.
        var small = await classification.ClassifyAsync(Preview(1000));
        Assert.True(small.Classification.MobilisationEra);
    }

    [Fact]
    public async Task A_browser_style_grpc_web_call_over_http1_gets_the_summary()
    {
        var court = NewCourtCode();
        var message = new GetSummaryRequest { AsOf = "2023-04-03", CourtCodes = { court } }.ToByteArray();
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), message.Length);
        message.CopyTo(frame, 5);

        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version11, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(suite.GatewayHttp, "/mediazona.statistics.v1.StatisticsService/GetSummary"))
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(frame),
        };
        request.Content.Headers.ContentType = new("application/grpc-web+proto");
        request.Headers.Add("x-grpc-web", "1");
        request.Headers.Add("x-api-key", SuiteKeys.Reader);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version11, response.Version);

        var body = await response.Content.ReadAsByteArrayAsync();
        GetSummaryResponse? summary = null;
        string? trailers = null;
        for (var at = 0; at < body.Length;)
        {
            var flags = body[at];
            var length = BinaryPrimitives.ReadInt32BigEndian(body.AsSpan(at + 1));
            var payload = body.AsSpan(at + 5, length);
            if ((flags & 0x80) != 0)
                trailers = Encoding.ASCII.GetString(payload);
            else
                summary = GetSummaryResponse.Parser.ParseFrom(payload);
            at += 5 + length;
        }
        Assert.Contains("grpc-status:0", trailers?.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.NotNull(summary);
        Assert.Equal(0, summary.Cases);
        Assert.Equal("2023-04-03", summary.AsOf);
    }

    [Fact]
    public async Task Reflection_through_the_gateway_lists_every_service_and_the_listed_ones_answer()
    {
        // grpc.reflection.v1 by hand (what grpcurl list sends): ServerReflectionRequest{list_services (7) = ""}.
        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(suite.GatewayGrpc, "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent([0, 0, 0, 0, 2, (7 << 3) | 2, 0]),
        };
        request.Content.Headers.ContentType = new("application/grpc");
        request.Headers.TE.ParseAdd("trailers");
        request.Headers.Add("x-api-key", SuiteKeys.Reader);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        var status = response.TrailingHeaders.Concat(response.Headers).FirstOrDefault(h => h.Key == "grpc-status").Value?.Single();
        Assert.True(status == "0", $"grpc-status {status}: {response.Headers} {response.TrailingHeaders}");

        var names = new List<string>();
        // ServerReflectionResponse.list_services_response (6) → ListServiceResponse.service (1) → ServiceResponse.name (1).
        foreach (var listing in Fields(body.AsSpan(5).ToArray(), 6))
            foreach (var service in Fields(listing, 1))
                names.AddRange(Fields(service, 1).Select(Encoding.UTF8.GetString));
        Assert.Contains("mediazona.ingestion.v1.IngestionService", names);
        Assert.Contains("mediazona.classification.v1.ClassificationService", names);
        Assert.Contains("mediazona.statistics.v1.StatisticsService", names);

        using var channel = SuiteKeys.Channel(suite.GatewayGrpc, SuiteKeys.Reader);
        var rules = await new ClassificationService.ClassificationServiceClient(channel).GetRulesAsync(new GetRulesRequest());
        Assert.True(rules.Version >= 1);
    }

    /// <summary>The length-delimited values of one field number in a protobuf message.</summary>
    static IEnumerable<byte[]> Fields(byte[] message, int number)
    {
        var input = new CodedInputStream(message);
        var found = new List<byte[]>();
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            if (WireFormat.GetTagFieldNumber(tag) == number && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
                found.Add(input.ReadBytes().ToByteArray());
            else
                input.SkipLastField();
        }
        return found;
    }

    [Fact]
    public async Task Health_and_the_openapi_document_need_no_key()
    {
        using var api = new JsonApi(suite.GatewayHttp, apiKey: null);
        using var health = await api.GetRawAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var openApi = await api.GetRawAsync("/openapi.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        Assert.Contains("/api/v1/stats/summary", await openApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
