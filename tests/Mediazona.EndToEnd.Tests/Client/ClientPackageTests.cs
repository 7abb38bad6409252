extern alias client;
using System.Diagnostics;
using client::Mediazona.Client;
using Google.Protobuf;
using Grpc.Core;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;
using ClientCases = client::Mediazona.Contracts.Cases.V1;
using Ingestion = client::Mediazona.Contracts.Ingestion.V1;
using Statistics = client::Mediazona.Contracts.Statistics.V1;

namespace Mediazona.EndToEnd.Tests.Client;

/// <summary>The Mediazona.Client package's registration against the real suite through the gateway's gRPC port.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ClientPackageTests(SuiteFixture suite)
{
    const string Verdict = "Вынесен ПРИГОВОР";

    ServiceProvider Client(string? key, CapturedLogs? logs = null, Action<MediazonaClientOptions>? more = null) => new ServiceCollection()
        .AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
                b.AddProvider(logs);
        })
        .AddMediazonaClient(o =>
        {
            o.Address = suite.GatewayGrpc;
            o.ApiKey = key;
            more?.Invoke(o);
        })
        .BuildServiceProvider();

    /// <summary>The suite's test cases, as the package's own generated type (the same bytes on the wire).</summary>
    static ClientCases.CourtCase ForClient(Mediazona.Contracts.Cases.V1.CourtCase courtCase) =>
        ClientCases.CourtCase.Parser.ParseFrom(courtCase.ToByteArray());

    static Statistics.GetSummaryRequest SummaryOf(string court) => new() { AsOf = "2023-04-03", CourtCodes = { court }, AllCases = true };

    [Fact]
    public async Task Submitted_cases_are_read_back_in_one_data_version_and_the_key_stays_out_of_the_logs()
    {
        var logs = new CapturedLogs();
        await using var services = Client(SuiteKeys.Admin, logs);
        var ingestion = services.GetRequiredService<Ingestion.IngestionService.IngestionServiceClient>();
        var statistics = services.GetRequiredService<Statistics.StatisticsService.StatisticsServiceClient>();
        var court = NewCourtCode();

        var submitted = await ingestion.SubmitCasesAsync(new Ingestion.SubmitCasesRequest
        {
            Cases =
            {
                ForClient(Case(court, "1-1/2023", "2023-01-10", Defendant(1, "ст.337 ч.5 УК РФ")).Decided("2023-02-01", Verdict)),
                ForClient(Case(court, "1-2/2023", "2023-02-15", Defendant(1, "ст.338 ч.1 УК РФ"))),
            },
        });
        Assert.Equal(2, submitted.NewCount);

        await Eventually.Until(async () => await statistics.GetSummaryAsync(SummaryOf(court)), s => s.Cases == 2, suite);
        var (summary, monthly, courts) = await ConsistentRead.ReadAsync(
            ct => statistics.GetSummaryAsync(SummaryOf(court), cancellationToken: ct).ResponseAsync,
            ct => statistics.GetMonthlyIntakeAsync(new Statistics.GetMonthlyIntakeRequest { AsOf = "2023-04-03", CourtCodes = { court }, AllCases = true },
                cancellationToken: ct).ResponseAsync,
            ct => statistics.GetCourtBreakdownAsync(new Statistics.GetCourtBreakdownRequest { AsOf = "2023-04-03", CourtCodes = { court }, AllCases = true },
                cancellationToken: ct).ResponseAsync);

        Assert.Equal(summary.DataVersion, monthly.DataVersion);
        Assert.Equal(summary.DataVersion, courts.DataVersion);
        Assert.Equal(2, summary.Cases);
        Assert.Equal(1, summary.VerdictCases);
        Assert.Equal(2, monthly.Months.Sum(m => m.CasesReceived));
        Assert.Equal(2, courts.Courts.Single(c => c.CourtCode == court).Cases);

        // HttpClient's trace logs list the request headers: x-api-key is among them, its value is not.
        Assert.Contains("x-api-key", logs.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(SuiteKeys.Admin, logs.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchSummary_follows_the_figures_as_cases_arrive()
    {
        await using var services = Client(SuiteKeys.Admin);
        var ingestion = services.GetRequiredService<Ingestion.IngestionService.IngestionServiceClient>();
        var statistics = services.GetRequiredService<Statistics.StatisticsService.StatisticsServiceClient>();
        var court = NewCourtCode();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        using var watch = statistics.WatchSummary(new Statistics.WatchSummaryRequest { AsOf = "2023-04-03", CourtCodes = { court }, AllCases = true },
            cancellationToken: timeout.Token);
        Assert.True(await watch.ResponseStream.MoveNext(timeout.Token));
        Assert.Equal(0, watch.ResponseStream.Current.Summary.Cases);

        await ingestion.SubmitCasesAsync(new Ingestion.SubmitCasesRequest
        {
            Cases = { ForClient(Case(court, "1-7/2023", "2023-03-01", Defendant(1, "ст.337 ч.5 УК РФ"))) },
        });

        var seen = new List<long>();
        while (await watch.ResponseStream.MoveNext(timeout.Token))
        {
            seen.Add(watch.ResponseStream.Current.Summary.Cases);
            if (seen[^1] == 1)
                break;
        }
        Assert.Equal(1, seen[^1]);
    }

    [Theory]
    [InlineData("not-a-key", StatusCode.Unauthenticated)]
    [InlineData(null, StatusCode.Unauthenticated)]
    [InlineData(SuiteKeys.Feeder, StatusCode.PermissionDenied)]
    public async Task A_refused_key_gives_a_clear_exception_without_the_key(string? key, StatusCode expected)
    {
        await using var services = Client(key);
        var statistics = services.GetRequiredService<Statistics.StatisticsService.StatisticsServiceClient>();

        var unary = await Assert.ThrowsAsync<MediazonaAccessDeniedException>(async () => await statistics.GetSummaryAsync(SummaryOf("46GV0001")));
        Assert.Equal(expected, unary.StatusCode);
        Assert.Contains("MediazonaClientOptions.ApiKey", unary.Message, StringComparison.Ordinal);
        Assert.Contains("/mediazona.statistics.v1.StatisticsService/GetSummary", unary.Message, StringComparison.Ordinal);
        if (key is not null)
            Assert.DoesNotContain(key, unary.Message, StringComparison.Ordinal);

        using var watch = statistics.WatchSummary(new Statistics.WatchSummaryRequest());
        var streaming = await Assert.ThrowsAsync<MediazonaAccessDeniedException>(() => watch.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(expected, streaming.StatusCode);
    }

    [Fact]
    public async Task A_read_without_a_deadline_of_its_own_gets_the_default_one()
    {
        await using var services = Client(SuiteKeys.Admin, more: o => o.QueryTimeout = TimeSpan.FromTicks(1));
        var statistics = services.GetRequiredService<Statistics.StatisticsService.StatisticsServiceClient>();

        var error = await Assert.ThrowsAsync<RpcException>(async () => await statistics.GetSummaryAsync(SummaryOf("46GV0001")));
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);

        // The caller's own deadline wins over the default.
        var summary = await statistics.GetSummaryAsync(SummaryOf("46GV0001"), deadline: DateTime.UtcNow.AddSeconds(30));
        Assert.True(summary.DataVersion >= 0);
    }

    [Fact]
    public async Task Each_call_is_one_client_span_named_after_its_method_with_the_http_request_inside()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (spans) spans.Add(a); },
        };
        ActivitySource.AddActivityListener(listener);
        await using var services = Client(SuiteKeys.Admin);
        var statistics = services.GetRequiredService<Statistics.StatisticsService.StatisticsServiceClient>();

        await statistics.GetSummaryAsync(SummaryOf("46GV0001"));

        Activity call, http;
        lock (spans)
        {
            call = spans.Single(a => a.Source.Name == MediazonaClientTelemetry.ActivitySourceName
                && a.OperationName == "mediazona.statistics.v1.StatisticsService/GetSummary" && a.Parent is null);
            http = spans.First(a => a.ParentSpanId == call.SpanId);
        }
        Assert.Equal(ActivityKind.Client, call.Kind);
        Assert.Equal("grpc", call.GetTagItem("rpc.system"));
        Assert.Equal("mediazona.statistics.v1.StatisticsService", call.GetTagItem("rpc.service"));
        Assert.Equal("GetSummary", call.GetTagItem("rpc.method"));
        Assert.Equal(0, call.GetTagItem("rpc.grpc.status_code"));
        Assert.Equal(call.TraceId, http.TraceId);
        Assert.Null(Activity.Current);
    }
}
