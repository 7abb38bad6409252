using System.Net;
using System.Text.Json;
using Grpc.Core;
using Grpc.Health.V1;
using Mediazona.Contracts.Classification.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Mediazona.ServiceDefaults.Security;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests;

/// <summary>
/// The trust boundary (docs/gateway.md): the services answer only calls that carry the deployment's internal credential,
/// which the gateway adds; a caller who skips the gateway is UNAUTHENTICATED and nothing is stored. Health stays open.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class TrustBoundaryTests(SuiteFixture suite)
{
    public static TheoryData<string?> NoOrWrongCredential => new() { null, "not-the-secret", "" };

    [Theory]
    [MemberData(nameof(NoOrWrongCredential))]
    public async Task Ingestion_refuses_a_direct_submit_and_stores_nothing(string? credential)
    {
        var court = NewCourtCode();
        using var direct = SuiteKeys.DirectChannel(suite.ServicesDirect["ingestion"], credential);
        var refused = await Assert.ThrowsAsync<RpcException>(() => new IngestionService.IngestionServiceClient(direct).SubmitCasesAsync(
            new SubmitCasesRequest { Cases = { Case(court, "1-1/2023", "2023-01-10", Defendant(1, "ст.337 ч.5 УК РФ")) } }).ResponseAsync);
        AssertUnauthenticated(refused);

        using var gateway = SuiteKeys.Channel(suite.GatewayGrpc);
        var lookup = await Assert.ThrowsAsync<RpcException>(() => new IngestionService.IngestionServiceClient(gateway)
            .GetCaseAsync(new GetCaseRequest { CourtCode = court, CaseNumber = "1-1/2023" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, lookup.StatusCode);
    }

    [Theory]
    [MemberData(nameof(NoOrWrongCredential))]
    public async Task Classification_and_statistics_refuse_direct_calls(string? credential)
    {
        using var classification = SuiteKeys.DirectChannel(suite.ServicesDirect["classification"], credential);
        AssertUnauthenticated(await Assert.ThrowsAsync<RpcException>(() =>
            new ClassificationService.ClassificationServiceClient(classification).GetRulesAsync(new GetRulesRequest()).ResponseAsync));

        using var statistics = SuiteKeys.DirectChannel(suite.ServicesDirect["statistics"], credential);
        var client = new StatisticsService.StatisticsServiceClient(statistics);
        AssertUnauthenticated(await Assert.ThrowsAsync<RpcException>(() => client.ListCasesAsync(new ListCasesRequest()).ResponseAsync));
        AssertUnauthenticated(await Assert.ThrowsAsync<RpcException>(() => client.GetSummaryAsync(new GetSummaryRequest()).ResponseAsync));
    }

    [Theory]
    [InlineData("ingestion", "POST", "/api/v1/cases:submit")]
    [InlineData("ingestion", "POST", "/api/v1/admin/replay")]
    [InlineData("statistics", "GET", "/api/v1/stats/cases?format=csv")]
    [InlineData("classification", "GET", "/api/v1/rules")]
    public async Task Direct_json_is_401_with_the_reason(string service, string method, string path)
    {
        using var http = Http2Client(suite.ServicesDirect[service]);
        // A hand-made request ignores the client's default version: the services speak HTTP/2 only.
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        if (method == "POST")
            request.Content = new StringContent("""{"cases":[]}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)StatusCode.Unauthenticated, body.RootElement.GetProperty("code").GetInt32());
        Assert.Equal(InternalCallersOnly.Reason, body.RootElement.GetProperty("details")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_same_calls_pass_with_the_credential_so_the_refusal_is_the_credential_alone()
    {
        using var statistics = SuiteKeys.DirectChannel(suite.ServicesDirect["statistics"], suite.InternalSecret);
        var summary = await new StatisticsService.StatisticsServiceClient(statistics).GetSummaryAsync(new GetSummaryRequest());
        Assert.NotNull(summary);

        using var classification = SuiteKeys.DirectChannel(suite.ServicesDirect["classification"], suite.InternalSecret);
        var rules = await new ClassificationService.ClassificationServiceClient(classification).GetRulesAsync(new GetRulesRequest());
        Assert.True(rules.Version >= 1);
    }

    [Theory]
    [InlineData("ingestion")]
    [InlineData("classification")]
    [InlineData("statistics")]
    public async Task Health_stays_open_without_the_credential(string service)
    {
        using var channel = SuiteKeys.DirectChannel(suite.ServicesDirect[service], internalSecret: null);
        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest { Service = "liveness" });
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);

        using var http = Http2Client(suite.ServicesDirect[service]);
        using var response = await http.GetAsync("/alive");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_caller_cannot_borrow_the_gateways_credential_by_sending_the_header_itself()
    {
        // Without a key the gateway refuses before forwarding, whatever internal header the caller forges.
        using var http = new HttpClient { BaseAddress = suite.GatewayHttp };
        http.DefaultRequestHeaders.Add(InternalCredential.Header, suite.InternalSecret);
        using var response = await http.GetAsync("/api/v1/quarantine");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    static void AssertUnauthenticated(RpcException refused)
    {
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        var details = refused.Trailers.GetValueBytes("grpc-status-details-bin");
        Assert.NotNull(details);
        var status = Google.Rpc.Status.Parser.ParseFrom(details);
        Assert.Equal(InternalCallersOnly.Reason, status.Details.Single().Unpack<Google.Rpc.ErrorInfo>().Reason);
    }

    static HttpClient Http2Client(Uri service) => new()
    {
        BaseAddress = service,
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };
}
