using Mediazona.Testing;
using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Benchmarks;

/// <summary>
/// The suite end to end: batches submitted through the gateway (acknowledged once durable), timed until
/// statistics counts every one of them.
/// </summary>
static class PipelineBenchmark
{
    public sealed record Result(int Cases, TimeSpan Acknowledged, TimeSpan Counted)
    {
        public double AcknowledgedPerSecond => Cases / Acknowledged.TotalSeconds;
        public double CountedPerSecond => Cases / Counted.TotalSeconds;
    }

    /// <param name="cases">How many to push (the warm-up pushes fewer than the measured run).</param>
    public static async Task<Result> RunAsync(Settings settings, int cases, CancellationToken cancellationToken)
    {
        var runTag = DateTime.UtcNow.ToString("HHmmssfff");
        var courts = SyntheticCases.CourtCodes(40, Environment.TickCount);
        var headers = settings.CallHeaders();
        using var channel = GrpcChannel.ForAddress(settings.GatewayGrpc);
        var ingestion = new IngestionService.IngestionServiceClient(channel);
        // Counting polls the statistics service directly, so that --gateway may also name ingestion's own port.
        using var statisticsChannel = GrpcChannel.ForAddress(settings.StatisticsGrpc);
        var statistics = new StatisticsService.StatisticsServiceClient(statisticsChannel);

        var batches = Enumerable.Range(0, (cases + settings.BatchSize - 1) / settings.BatchSize)
            .Select(b => Enumerable.Range(b * settings.BatchSize, Math.Min(settings.BatchSize, cases - b * settings.BatchSize)))
            .Select(indexes =>
            {
                var request = new SubmitCasesRequest();
                request.Cases.AddRange(indexes.Select(i => SyntheticCases.Case(i, courts, runTag)));
                return request;
            })
            .ToList();

        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, settings.Clients).Select(async _ =>
        {
            for (var b = Interlocked.Increment(ref next); b < batches.Count; b = Interlocked.Increment(ref next))
            {
                var reply = await ingestion.SubmitCasesAsync(batches[b], headers, cancellationToken: cancellationToken);
                if (reply.NewCount != batches[b].Cases.Count)
                    throw new InvalidOperationException($"batch {b}: {reply.NewCount} new of {batches[b].Cases.Count}");
            }
        }));
        var acknowledged = clock.Elapsed;

        var query = new GetSummaryRequest { AllCases = true, AsOf = DateTime.UtcNow.ToString("yyyy-MM-dd") };
        query.CourtCodes.AddRange(courts);
        while (true)
        {
            var summary = await statistics.GetSummaryAsync(query, headers, cancellationToken: cancellationToken);
            if (summary.Cases >= cases)
                break;
            if (clock.Elapsed > TimeSpan.FromMinutes(10))
                throw new TimeoutException($"only {summary.Cases} of {cases} counted after 10 minutes");
            // Each poll is an uncached aggregate in PostgreSQL (the data version moves all the time): poll seldom while
            // far from done, so that the measurement does not load the database it measures (50 ms polls throughout
            // were ~13% of statistics' PostgreSQL CPU), and often near the end, where the resolution matters.
            await Task.Delay(summary.Cases >= cases * 0.95 ? 50 : 1000, cancellationToken);
        }
        return new Result(cases, acknowledged, clock.Elapsed);
    }
}
