using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Gateway.LoadTest;

/// <summary>What one timed run measured.</summary>
sealed record RunResult(string Target, long Calls, long Errors, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double PerSecond => Calls / Elapsed.TotalSeconds;
}

/// <summary>N callers each calling GetSummary back to back over one HTTP/2 connection pool, for a fixed time.</summary>
static class LoadRun
{
    public static GrpcChannel Channel(Uri address) => GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        // Several connections, as many clients would open; one would cap throughput at its stream limit.
        HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        DisposeHttpClient = true,
    });

    public static async Task<RunResult> RunAsync(string target, GrpcChannel channel, Metadata headers, GetSummaryRequest request,
        int concurrency, TimeSpan duration)
    {
        var client = new StatisticsService.StatisticsServiceClient(channel);
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>(capacity: 1 << 16);
            long errors = 0;
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await client.GetSummaryAsync(request, headers);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (RpcException)
                {
                    errors++;
                }
            }
            return (latencies, errors);
        })).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var all = results.SelectMany(r => r.latencies).Order().ToArray();
        return new RunResult(target, all.Length, results.Sum(r => r.errors), elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    /// <summary>Nearest-rank percentile of sorted values (0 when empty).</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
