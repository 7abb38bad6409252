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
        if (!await store.TryLeaseAsync(site.Code, _owner, options.Value.Lease, ct))
        {
            await report(new CrawlStep(site.Code, null, "skipped: another replica holds the lease", new CourtRun(site.Code), true));
            return;
        }
        try
        {
            // Each step renews the lease, so a long backfill keeps the court.
            var run = await crawler.RunAsync(site, scope, async step =>
            {
                await store.TryLeaseAsync(site.Code, _owner, options.Value.Lease, ct);
                await report(step);
            }, ct);
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
            await store.ReleaseLeaseAsync(site.Code, _owner, CancellationToken.None);
        }
    }

    /// <summary>An outage is worth another look within the hour; a captcha, block or switched-off module is not.</summary>
    TimeSpan NextRunIn(CourtRun run) => run.Fault?.Kind is PageKind.Unavailable
        ? TimeSpan.FromTicks(Math.Min(options.Value.RunEvery.Ticks, TimeSpan.FromHours(1).Ticks))
        : options.Value.RunEvery;
}
