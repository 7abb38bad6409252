using System.Diagnostics;
using Grpc.Core;
using Mediazona.Cli.Importing;
using Mediazona.Cli.Planning;

namespace Mediazona.Cli.Output;

/// <summary>One line per batch, for logs and pipes (no terminal to draw a bar on).</summary>
internal sealed class PlainProgress(TextWriter output, int totalBatches, int totalRecords) : IImportProgress
{
    readonly Stopwatch _clock = Stopwatch.StartNew();
    int _done;

    public void Acknowledged(ImportBatch batch, BatchCounts counts)
    {
        _done += batch.Count;
        var rate = _done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        output.WriteLine($"batch {batch.Number}/{totalBatches}: {batch.Count} {batch.Kind}: {counts.New} new, {counts.Revision} revision, " +
            $"{counts.Unchanged} unchanged, {counts.Rejected} rejected ({_done}/{totalRecords}, {rate:0}/s)");
    }

    public void Retrying(ImportBatch batch, int attempt, RpcException error) =>
        output.WriteLine($"batch {batch.Number}/{totalBatches}: attempt {attempt} failed ({error.StatusCode}), sending again");
}
