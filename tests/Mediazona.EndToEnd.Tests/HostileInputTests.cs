using System.Buffers.Binary;
using System.Net;
using System.Text;
using Grpc.Core;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests;

/// <summary>
/// Hostile input through the public entry points, JSON and gRPC: each gets a client error naming what is wrong,
/// nothing is stored from it, injection strings stay inert data, and every service stays healthy.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class HostileInputTests(SuiteFixture suite) : IDisposable
{
    readonly JsonApi _api = new(suite.GatewayHttp);

    public static TheoryData<string, string> MalformedBodies => new()
    {
        { "/api/v1/cases:submit", "{\"cases\": [ {\"court\": 12" },
        { "/api/v1/cases:submit", "{\"cases\": \"not a list\"}" },
        { "/api/v1/cases:submit", "{\"cases\": [{\"entryDate\": {\"year\": 2023}}]}" },
        { "/api/v1/cases:submit", "{\"cases\": [{\"outcome\": \"OUTCOME_BANANA\"}]}" },
        { "/api/v1/cases:submit", "[1, 2, 3]" },
        { "/api/v1/cases:submit", new string('[', 20_000) + new string(']', 20_000) },
        { "/api/v1/classify", "{\"case\": {\"defendants\": [{\"ordinal\": \"many\"}]}}" },
        { "/api/v1/classify", "{\"case\": {\"defendants\": [{\"ordinal\": 99999999999999}]}}" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_json_is_a_400_and_the_services_stay_healthy(string path, string body)
    {
        using var response = await _api.PostRawAsync(path, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertHealthyAsync();
    }

    [Fact]
    public async Task Invalid_utf8_is_a_400()
    {
        var body = Encoding.UTF8.GetBytes("{\"cases\": [{\"caseNumber\": \"1-1/2023 ").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\"}]}")).ToArray();
        using var response = await _api.PostBytesAsync("/api/v1/cases:submit", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public static TheoryData<string, string> BadFilters => new()
    {
        { "asOf=2023-02-30", "as_of" },
        { "asOf=99999-99-99", "as_of" },
        { "asOf=yesterday", "as_of" },
        { "entryFrom=2023-13-01", "entry_from" },
        { "courtCodes=';drop table cases;--", "court_codes" },
        { "article=337&part=<script>", "part" },
    };

    [Theory]
    [MemberData(nameof(BadFilters))]
    public async Task Bad_filters_are_a_400_naming_the_field(string query, string field)
    {
        using var response = await _api.GetRawAsync($"/api/v1/stats/summary?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("category=999")]
    [InlineData("category=-1")]
    [InlineData("category=CATEGORY_BANANA")]
    public async Task Unknown_enum_values_in_filters_are_a_400(string query)
    {
        using var response = await _api.GetRawAsync($"/api/v1/stats/summary?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Injection_strings_in_every_text_field_are_stored_as_inert_data()
    {
        const string Sql = "'; drop table cases; --";
        const string Html = "<script>alert(1)</script>";
        var court = NewCourtCode();
        var hostile = Case(court, $"1-1/2023 {Sql}", "2023-03-01", Defendant(1, $"ст.337 ч.5 УК РФ {Html}"));
        hostile.Court.Name = Html;
        hostile.Category = Sql;
        hostile.Judge = Html;
        hostile.OutcomeRaw = Sql;
        hostile.Defendants[0].Name = Sql + Html;
        hostile.Events.Add(new CaseEvent { Name = Html, Date = "2023-03-02", Result = Sql, Note = Html });

        var stored = await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", new SubmitCasesRequest { Cases = { hostile } });
        Assert.Equal(RecordStatus.New, stored.Results.Single().Status);

        var read = await _api.GetAsync<GetCaseResponse>($"/api/v1/cases/{stored.Results.Single().CaseId}");
        Assert.Equal(Html, read.Case.Court.Name);
        Assert.Equal(Sql, read.Case.Category);
        Assert.Equal(Sql + Html, read.Case.Defendants.Single().Name);
        Assert.Equal(Html, read.Case.Events.Single().Name);
        await Eventually.Until(() => _api.GetAsync<GetSummaryResponse>($"/api/v1/stats/summary?asOf=2023-04-03&courtCodes={court}"), s => s.Cases == 1, suite);
        await AssertHealthyAsync();
    }

    [Fact]
    public async Task A_huge_field_is_rejected_naming_the_field()
    {
        var court = NewCourtCode();
        var huge = Case(court, "1-2/2023", "2023-03-01", Defendant(1, "ст.337 ч.5 УК РФ"));
        huge.Judge = new string('Я', 300_000);
        using var response = await _api.PostRawAsync("/api/v1/cases:submit", Google.Protobuf.JsonFormatter.Default.Format(new SubmitCasesRequest { Cases = { huge } }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("judge", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_protobuf_over_grpc_is_a_client_error_and_the_service_stays_healthy()
    {
        using var http = new HttpClient(new SocketsHttpHandler()) { BaseAddress = suite.GatewayGrpc };
        var garbage = new byte[] { 0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x01, 0x02, 0x03, 0xFF, 0xEE };
        var frame = new byte[5 + garbage.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)garbage.Length);
        garbage.CopyTo(frame, 5);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mediazona.ingestion.v1.IngestionService/SubmitCases")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(frame),
        };
        request.Content.Headers.ContentType = new("application/grpc");
        request.Headers.TE.ParseAdd("trailers");
        request.Headers.Add("x-api-key", SuiteKeys.Admin);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await response.Content.ReadAsByteArrayAsync();
        var status = response.TrailingHeaders.TryGetValues("grpc-status", out var values) ? values.Single()
            : response.Headers.GetValues("grpc-status").Single();

        Assert.NotEqual(((int)StatusCode.OK).ToString(), status);
        Assert.NotEqual(((int)StatusCode.Unavailable).ToString(), status);
        await AssertHealthyAsync();
    }

    [Fact]
    public async Task Unknown_enum_numbers_over_grpc_are_rejected_with_the_field()
    {
        using var channel = SuiteKeys.Channel(suite.GatewayGrpc);
        var ingestion = new IngestionService.IngestionServiceClient(channel);
        var strange = Case(NewCourtCode(), "1-3/2023", "2023-03-01", Defendant(1, "ст.337 ч.5 УК РФ"));
        strange.Outcome = (Outcome)999;

        var error = await Assert.ThrowsAsync<RpcException>(async () => await ingestion.SubmitCasesAsync(new SubmitCasesRequest { Cases = { strange } }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var details = Google.Rpc.Status.Parser.ParseFrom(error.Trailers.GetValueBytes("grpc-status-details-bin"));
        var violations = details.Details.Single(d => d.Is(Google.Rpc.BadRequest.Descriptor)).Unpack<Google.Rpc.BadRequest>().FieldViolations;
        Assert.Contains(violations, v => v.Field.EndsWith("outcome", StringComparison.Ordinal));
    }

    async Task AssertHealthyAsync()
    {
        using var response = await _api.GetRawAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _api.Dispose();
}
