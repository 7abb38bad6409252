using Mediazona.Collection.Health;

namespace Mediazona.Collection.Monitoring;

/// <summary>Assesses every court's health every few minutes for the gauges, also when nothing crawls on a schedule.</summary>
public sealed class HealthMetricsRefresher(CourtHealthReader health, CollectionMetrics metrics, ILogger<HealthMetricsRefresher> logger) : BackgroundService
{
    static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                var courts = await health.ReadAsync([], stoppingToken);
                metrics.SetHealth(courts);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Court health for the metrics could not be read: {Error}", ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
