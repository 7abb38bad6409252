using Grpc.Core;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A client that imports a set of cases in batches through the gateway and, like a careful real client, resubmits
/// any batch that was not acknowledged (an error or a dropped connection): resubmitting is safe because an
/// identical case is UNCHANGED.
/// </summary>
sealed class ImportDriver(IngestionService.IngestionServiceClient ingestion, IReadOnlyList<CourtCase> cases, int batchSize = 500)
{
    int _acknowledged;
    int _retries;

    public int Acknowledged => Volatile.Read(ref _acknowledged);
    public int Retries => Volatile.Read(ref _retries);

    public async Task RunAsync(int clients, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var batches = cases.Chunk(batchSize).ToList();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            for (var b = Interlocked.Increment(ref next); b < batches.Count; b = Interlocked.Increment(ref next))
            {
                var request = new SubmitCasesRequest { Cases = { batches[b] } };
                while (true)
                {
                    try
                    {
                        var reply = await ingestion.SubmitCasesAsync(request, deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: cancel.Token);
                        if (reply.RejectedCount > 0)
                            throw new InvalidOperationException($"batch {b}: {reply.RejectedCount} rejected");
                        Interlocked.Add(ref _acknowledged, batches[b].Length);
                        break;
                    }
                    catch (RpcException ex) when (ex.StatusCode is not StatusCode.InvalidArgument and not StatusCode.Cancelled)
                    {
                        Interlocked.Increment(ref _retries);
                        await Task.Delay(250, cancel.Token);
                    }
                }
            }
        }));
    }

    /// <summary>What statistics must show for these cases (all cases, as of today), computed from the input.</summary>
    public static (long Cases, long Defendants, long VerdictCases) Expected(IEnumerable<CourtCase> cases)
    {
        var list = cases.ToList();
        return (list.Count, list.Sum(c => c.Defendants.Count), list.Count(c => c.OutcomeRaw.Contains("ПРИГОВОР", StringComparison.Ordinal)));
    }

    public static GetSummaryRequest SummaryOf(IEnumerable<string> courts) => new()
    {
        AllCases = true,
        AsOf = DateTime.UtcNow.ToString("yyyy-MM-dd"),
        CourtCodes = { courts },
    };
}
