using Grpc.Core;
using Mediazona.Contracts.Collection.V1;
using Spectre.Console;

namespace Mediazona.Cli.Collection;

/// <summary>Follows a crawl's stream: a line per court as it finishes (redirected), or a bar per court (a terminal).</summary>
internal static class CrawlProgress
{
    /// <summary>Every court's last message, in the order they finished.</summary>
    public static async Task<List<CrawlResponse>> PlainAsync(IAsyncStreamReader<CrawlResponse> stream, TextWriter output, CancellationToken ct)
    {
        var finished = new List<CrawlResponse>();
        await foreach (var step in stream.ReadAllAsync(ct))
        {
            if (!step.Finished)
                continue;
            finished.Add(step);
            await output.WriteLineAsync($"{step.CourtCode}: {step.Result} — {step.ListPages} list pages, {step.CardsFetched} cards, {step.NewCases} new" +
                (step.Cause.Length > 0 ? $" ({step.Cause})" : ""));
        }
        return finished;
    }

    public static async Task<List<CrawlResponse>> BarAsync(IAsyncStreamReader<CrawlResponse> stream, IAnsiConsole console, CancellationToken ct)
    {
        var finished = new List<CrawlResponse>();
        await console.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                await foreach (var step in stream.ReadAllAsync(ct))
                {
                    if (!tasks.TryGetValue(step.CourtCode, out var task))
                        tasks[step.CourtCode] = task = context.AddTask(step.CourtCode, maxValue: 1).IsIndeterminate();
                    var window = step.WindowFrom is { Year: > 0 } from ? $" {from.Year:D4}-{from.Month:D2}-{from.Day:D2}" : "";
                    task.Description = Markup.Escape($"{step.CourtCode}{window}: {step.ListPages} pages, {step.CardsFetched} cards, {step.NewCases} new {(step.Finished ? step.Result : "")}");
                    if (!step.Finished)
                        continue;
                    finished.Add(step);
                    task.IsIndeterminate(false).Value = 1;
                    task.StopTask();
                }
            });
        return finished;
    }
}
