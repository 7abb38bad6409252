using System.Diagnostics;
using Grpc.Core;
using Mediazona.Cli.Importing;
using Mediazona.Cli.Planning;
using Spectre.Console;

namespace Mediazona.Cli.Output;

/// <summary>A Spectre.Console progress bar with the rate in records per second and the remaining time.</summary>
internal sealed class BarProgress(ProgressTask task, IAnsiConsole console) : IImportProgress
{
    readonly Stopwatch _clock = Stopwatch.StartNew();

    public static async Task<T> RunAsync<T>(IAnsiConsole console, int totalRecords, Func<IImportProgress, Task<T>> work) =>
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("importing", maxValue: Math.Max(totalRecords, 1));
                var result = await work(new BarProgress(task, console));
                task.StopTask();
                return result;
            });

    public void Acknowledged(ImportBatch batch, BatchCounts counts)
    {
        task.Increment(batch.Count);
        var rate = task.Value / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        task.Description = $"{task.Value:0}/{task.MaxValue:0} records, {rate:0}/s";
    }

    public void Retrying(ImportBatch batch, int attempt, RpcException error) =>
        console.MarkupLineInterpolated($"[yellow]batch {batch.Number}: attempt {attempt} failed ({error.StatusCode}), sending again[/]");
}
