using Mediazona.Collection.Courts;
using Mediazona.Collection.Health;
using Mediazona.Collection.Storage;
using Microsoft.Extensions.Options;

namespace Mediazona.Collection.Crawling;

/// <summary>In the background, runs a pass over every enabled court whose next run is due (Collection:Scheduled).</summary>
public sealed class CrawlScheduler(ICourtDirectory courts, CrawlStore store, CrawlRunner runner, CourtHealthReader health, IOptions<CollectionOptions> options, TimeProvider clock, ILogger<CrawlScheduler> logger) : BackgroundService
{
    static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Scheduled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var states = (await store.StatesAsync(stoppingToken)).ToDictionary(s => s.Code);
                var due = courts.All().Where(c => !states.TryGetValue(c.Code, out var state) || state.NextRunAt <= clock.GetUtcNow()).ToList();
                if (due.Count > 0)
                    await runner.RunAsync(due, new CrawlScope(), _ => Task.CompletedTask, stoppingToken);
                await health.ReadAsync([], stoppingToken); // keeps the health gauges current (silence grows without any run)
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Crawl pass failed; trying again in {Tick}", Tick);
            }
            await Task.Delay(Tick, clock, stoppingToken);
        }
    }
}
