using Grpc.Core;
using Grpc.Net.Client;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Statistics.Benchmarks;

/// <summary>
/// Every query through the gateway's gRPC port, as a client sees it. Uncached: each call asks for a date never asked
/// before (as_of after today counts what today counts, under a key of its own), so the service computes it on
/// PostgreSQL; cached: the same request again.
/// </summary>
public sealed class GatewayQueries(Uri gateway, string apiKey) : IDisposable
{
    readonly GrpcChannel _channel = GrpcChannel.ForAddress(gateway);
    readonly Metadata _headers = new() { { "x-api-key", apiKey } };
    int _days;

    StatisticsService.StatisticsServiceClient Client => new(_channel);

    /// <summary>A date after today not used before by this run (the uncached calls), or today (the cached ones).</summary>
    string AsOf(bool fresh) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fresh ? 1 + Interlocked.Increment(ref _days) : 0).ToString("yyyy-MM-dd");

    public (string Name, Func<Task> Uncached, Func<Task> Cached)[] All() =>
    [
        Pair("summary (default)", fresh => Client.GetSummaryAsync(new GetSummaryRequest { AsOf = AsOf(fresh) }, _headers).ResponseAsync),
        Pair("summary (337 ч.5)", fresh => Client.GetSummaryAsync(new GetSummaryRequest { AsOf = AsOf(fresh), Article = "337", Part = "5" }, _headers).ResponseAsync),
        Pair("summary (one court)", fresh => Client.GetSummaryAsync(new GetSummaryRequest { AsOf = AsOf(fresh), CourtCodes = { "11GV0010" }, AllCases = true }, _headers).ResponseAsync),
        Pair("monthly", fresh => Client.GetMonthlyIntakeAsync(new GetMonthlyIntakeRequest { AsOf = AsOf(fresh) }, _headers).ResponseAsync),
        Pair("articles", fresh => Client.GetArticleBreakdownAsync(new GetArticleBreakdownRequest { AsOf = AsOf(fresh) }, _headers).ResponseAsync),
        Pair("sentences", fresh => Client.GetSentenceStatsAsync(new GetSentenceStatsRequest { AsOf = AsOf(fresh) }, _headers).ResponseAsync),
        Pair("courts", fresh => Client.GetCourtBreakdownAsync(new GetCourtBreakdownRequest { AsOf = AsOf(fresh) }, _headers).ResponseAsync),
        Pair("transparency", fresh => Client.GetTransparencyAsync(new GetTransparencyRequest { AsOf = AsOf(fresh) }, _headers).ResponseAsync),
        Pair("cases (first page of 100)", fresh => Client.ListCasesAsync(new ListCasesRequest { AsOf = AsOf(fresh), PageSize = 100 }, _headers).ResponseAsync),
        Pair("cases (337 ч.5, first page)", fresh => Client.ListCasesAsync(new ListCasesRequest { AsOf = AsOf(fresh), Article = "337", Part = "5", PageSize = 100 }, _headers).ResponseAsync),
    ];

    static (string, Func<Task>, Func<Task>) Pair<T>(string name, Func<bool, Task<T>> call) => (name, () => call(true), () => call(false));

    public void Dispose() => _channel.Dispose();
}
