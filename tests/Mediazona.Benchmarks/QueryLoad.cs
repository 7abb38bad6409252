using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Benchmarks;

/// <summary>GetSummary under concurrent callers for a fixed time: requests per second and latency percentiles.</summary>
static class QueryLoad
{
    public sealed record Result(string Name, double RequestsPerSecond, double P50Ms, double P99Ms, int Errors, string? FirstError);

    /// <param name="cached">true: every caller asks the same question (served from Redis after the first);
    /// false: every request filters on a court code of its own, so each one is computed in PostgreSQL.</param>
    public static async Task<Result> RunAsync(string name, Uri address, bool cached, Settings settings, CancellationToken cancellationToken)
    {
        var headers = settings.CallHeaders();
        using var channel = GrpcChannel.ForAddress(address);
        var client = new StatisticsService.StatisticsServiceClient(channel);
        var latencies = new List<double>[settings.QueryClients];
        var errors = 0;
        string? firstError = null;
        var counter = 0;
        var until = Stopwatch.GetTimestamp() + (long)(settings.QuerySeconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, settings.QueryClients).Select(async c =>
        {
            var mine = latencies[c] = [];
            while (Stopwatch.GetTimestamp() < until)
            {
                var request = new GetSummaryRequest { AsOf = "2023-04-03" };
                if (!cached)
                    request.CourtCodes.Add($"77GV{Interlocked.Increment(ref counter) % 10000:D4}");
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await client.GetSummaryAsync(request, headers, cancellationToken: cancellationToken);
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (RpcException ex)
                {
                    Interlocked.CompareExchange(ref firstError, ex.Status.ToString(), null);
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result(name, all.Length / clock.Elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), errors, firstError);
    }

    static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];
}
