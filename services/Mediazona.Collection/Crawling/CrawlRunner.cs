using Mediazona.Collection.Courts;
using Mediazona.Collection.Monitoring;
using Mediazona.Collection.Sources.Sudrf;
using Mediazona.Collection.Storage;
using Microsoft.Extensions.Options;

namespace Mediazona.Collection.Crawling;

/// <summary>Runs passes over courts: several courts at once (each one request at a time), under a lease so replicas never share a court.</summary>
public sealed class CrawlRunner(CrawlStore store, CourtCrawler crawler, IOptions<CollectionOptions> options, TimeProvider clock, CollectionMetrics metrics, ILogger<CrawlRunner> logger)
{
    /// <summary>This process, as a lease holder.</summary>
    readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task RunAsync(IReadOnlyList<CourtSite> sites, CrawlScope scope, Func<CrawlStep, Task> report, CancellationToken ct)
    {
        await store.EnsureCourtsAsync(sites.Select(s => s.Code), ct);
        using var courtsAtOnce = new SemaphoreSlim(Math.Max(1, options.Value.Politeness.GlobalConcurrency));
        using var reporting = new SemaphoreSlim(1); // a stream takes one write at a time
        async Task Report(CrawlStep step)
        {
            await reporting.WaitAsync(ct);
            try
            {
                await report(step);
            }
            finally
            {
                reporting.Release();
            }
        }
        await Task.WhenAll(sites.Select(async site =>
        {
            await courtsAtOnce.WaitAsync(ct);
            try
            {
                await RunCourtAsync(site, scope, Report, ct);
            }
            finally
            {
                courtsAtOnce.Release();
            }
        }));
    }

    async Task RunCourtAsync(CourtSite site, CrawlScope scope, Func<CrawlStep, Task> report, CancellationToken ct)
    {
        if (options.Value.Disabled.Contains(site.Code, StringComparer.OrdinalIgnoreCase))
        {
            await report(new CrawlStep(site.Code, null, "disabled", new CourtRun(site.Code), true));
            return;
        }
        var lease = options.Value.Lease;
        if (!await store.TryLeaseAsync(site.Code, _owner, lease, ct))
        {
            var held = new CourtRun(site.Code) { NotRun = $"another replica holds the court's lease (at most {lease.TotalSeconds:0} s after its last renewal)" };
            await report(new CrawlStep(site.Code, null, held.Cause, held, true));
            return;
        }
        // A heartbeat renews the lease while the court is crawled, so the lease can be short: a killed replica's courts
        // are free again within one lease, not after the longest backfill.
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var heartbeat = RenewAsync(site.Code, lease, renewal.Token);
        try
        {
            var run = await crawler.RunAsync(site, scope, report, ct);
            await store.RecordRunAsync(site.Code, run.Kind, run.Cause, clock.GetUtcNow() + NextRunIn(run), ct);
            metrics.RecordRun(run);
            logger.LogInformation("{Court}: {Kind} {Cause} — {Windows} windows, {Pages} list pages, {Cards} cards ({New} new)",
                site.Code, run.Kind, run.Cause, run.Windows, run.ListPages, run.CardsFetched, run.NewCases);
            await report(new CrawlStep(site.Code, null, run.Fault is null ? "done" : $"{run.Kind}: {run.Cause}", run, true));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The collector's own failure (database, a bug), not the court's: nothing recorded, so the court stays due.
            logger.LogError(ex, "{Court}: the pass failed", site.Code);
            await report(new CrawlStep(site.Code, null, $"collector error: {ex.Message}", new CourtRun(site.Code), true));
        }
        finally
        {
            await renewal.CancelAsync();
            await heartbeat;
            await store.ReleaseLeaseAsync(site.Code, _owner, CancellationToken.None);
        }
    }

    async Task RenewAsync(string code, TimeSpan lease, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(lease / 4, clock, ct);
                try
                {
                    await store.TryLeaseAsync(code, _owner, lease, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // PostgreSQL away for a moment: the next beat tries again; the crawl itself goes on.
                    logger.LogWarning("{Court}: could not renew the lease: {Error}", code, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>An outage is worth another look within the hour; a captcha, block or switched-off module is not.</summary>
    TimeSpan NextRunIn(CourtRun run) => run.Fault?.Kind is PageKind.Unavailable
        ? TimeSpan.FromTicks(Math.Min(options.Value.RunEvery.Ticks, TimeSpan.FromHours(1).Ticks))
        : options.Value.RunEvery;
}
