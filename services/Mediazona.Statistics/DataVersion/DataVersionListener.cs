using System.Globalization;
using Npgsql;

namespace Mediazona.Statistics.DataVersion;

/// <summary>
/// Listens on <see cref="DataVersionChannel"/> over one dedicated connection and pushes every announced version into
/// <see cref="DataVersionSource"/>. On any failure the source stops trusting pushed versions (reads go to PostgreSQL)
/// and the listener connects again after a second.
/// </summary>
public sealed class DataVersionListener(NpgsqlDataSource dataSource, DataVersionSource versions, ILogger<DataVersionListener> logger)
    : BackgroundService
{
    static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                versions.StoppedListening();
                logger.LogWarning(exception, "Data version listener lost its connection: reading the version per request until it is back");
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
        versions.StoppedListening();
    }

    async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, e) =>
        {
            if (long.TryParse(e.Payload, NumberStyles.Integer, CultureInfo.InvariantCulture, out var version))
                versions.Observe(version);
        };
        await using (var listen = new NpgsqlCommand($"listen {DataVersionChannel.Name}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);
        // Read after LISTEN: a commit before the read is in it, one after it is notified.
        await using (var read = new NpgsqlCommand("select version from data_version", connection))
            versions.StartedListening((long)(await read.ExecuteScalarAsync(stoppingToken))!);
        try
        {
            while (true)
            {
                // A quiet connection is pinged now and then: a peer gone without a word must not leave us trusting it.
                if (!await connection.WaitAsync(PingInterval, stoppingToken))
                {
                    await using var ping = new NpgsqlCommand("select 1", connection);
                    await ping.ExecuteNonQueryAsync(stoppingToken);
                }
            }
        }
        finally
        {
            versions.StoppedListening();
        }
    }
}
