using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Caching;
using Mediazona.Statistics.DataVersion;
using Mediazona.Statistics.Queries;
using Microsoft.Extensions.Options;

namespace Mediazona.Statistics.Monitoring;

/// <summary>Keeps <see cref="HeadlineGauges"/> at the default summary: reads the data version every interval and fetches the summary when it moved.</summary>
public sealed class HeadlineRefresher(
    DataVersionSource versions, CachedSummary summaries, HeadlineGauges gauges, TimeProvider time,
    IOptions<HeadlineOptions> options, ILogger<HeadlineRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        (long Version, DateOnly Day)? shown = null;
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        do
        {
            try
            {
                var version = await versions.CurrentAsync(stoppingToken);
                var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
                // A new day moves "as of today" even when no data arrived.
                if (shown != (version, today))
                {
                    var filter = SummaryRequestParser.Parse(new GetSummaryRequest(), today).Filter!;
                    gauges.Show(await summaries.AtAsync(filter, version, stoppingToken));
                    shown = (version, today);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // PostgreSQL away: the gauges keep their last figures and the next tick tries again.
                logger.LogWarning(exception, "Could not refresh the headline gauges");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
