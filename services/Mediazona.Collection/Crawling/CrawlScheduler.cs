using System.Collections.Concurrent;
using Mediazona.Collection.Courts;
using Mediazona.Collection.Health;
using Mediazona.Collection.Storage;
using Microsoft.Extensions.Options;

namespace Mediazona.Collection.Crawling;

/// <summary>
/// In the background (Collection:Scheduled), every minute: starts a pass over each enabled court whose next run is due, each
/// court on its own (a long backfill holds up no other court), at most GlobalConcurrency courts at once; then refreshes the
/// health gauges.
/// </summary>
public sealed class CrawlScheduler(ICourtDirectory courts, CrawlStore store, CrawlRunner runner, CourtHealthReader health, IOptions<CollectionOptions> options, TimeProvider clock, ILogger<CrawlScheduler> logger) : BackgroundService
{
    static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);
    readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Scheduled)
            return;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await StartDueAsync(stoppingToken);
                    await health.ReadAsync([], stoppingToken); // keeps the health gauges current (silence grows without any run)
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Scheduling failed; trying again in {Tick}", Tick);
                }
                await Task.Delay(Tick, clock, stoppingToken);
            }
        }
        finally
        {
            await Task.WhenAll(_running.Values).ContinueWith(_ => { }, TaskScheduler.Default); // passes end at their next request
        }
    }

    async Task StartDueAsync(CancellationToken ct)
    {
        foreach (var (code, task) in _running)
        {
            if (task.IsCompleted)
                _running.TryRemove(code, out _);
        }
        var free = Math.Max(1, options.Value.Politeness.GlobalConcurrency) - _running.Count;
        if (free <= 0)
            return;
        var states = (await store.StatesAsync(ct)).ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);
        var due = courts.All()
            .Where(c => !_running.ContainsKey(c.Code))
            .Select(c => (Site: c, Next: states.TryGetValue(c.Code, out var state) ? state.NextRunAt : DateTimeOffset.MinValue))
            .Where(c => c.Next <= clock.GetUtcNow())
            .OrderBy(c => c.Next) // never crawled first, then the longest overdue
            .Take(free);
        foreach (var (site, _) in due)
            _running[site.Code] = Task.Run(() => runner.RunAsync([site], new CrawlScope(), _ => Task.CompletedTask, ct), ct);
    }
}
