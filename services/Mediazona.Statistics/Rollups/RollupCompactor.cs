using Mediazona.Statistics.DataVersion;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Mediazona.Statistics.Rollups;

/// <summary>Runs <see cref="RollupCompaction"/> every interval in which the data version moved (the projection wrote delta rows).</summary>
public sealed class RollupCompactor(
    NpgsqlDataSource dataSource, DataVersionSource versions, TimeProvider time, IOptions<RollupOptions> options,
    ILogger<RollupCompactor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long? compacted = null;
        using var timer = new PeriodicTimer(options.Value.CompactionInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var version = await versions.CurrentAsync(stoppingToken);
                if (version == compacted)
                    continue;
                await RollupCompaction.RunAsync(dataSource, stoppingToken);
                compacted = version;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // PostgreSQL away: the delta rows wait (the answers stay exact) and the next tick tries again.
                logger.LogWarning(exception, "Could not compact the rollups");
            }
        }
    }
}
