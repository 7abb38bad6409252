using System.Diagnostics;
using MassTransit;
using Mediazona.Contracts.Events.V1;
using Mediazona.Ingestion.Storage;
using Mediazona.ServiceDefaults.Telemetry;
using Npgsql;

namespace Mediazona.Ingestion.Publishing;

/// <summary>
/// Publishes outbox rows to RabbitMQ and deletes them in the same transaction (at-least-once: a crash after
/// publishing and before the commit republishes, and consumers are idempotent). Wakes on NOTIFY or every second.
/// </summary>
public sealed class OutboxRelay(NpgsqlDataSource dataSource, IBus bus, SuiteMetrics metrics, ILogger<OutboxRelay> logger) : BackgroundService
{
    const int BatchSize = 50;
    /// <summary>Named like the service, so the shared telemetry setup listens to it.</summary>
    public static readonly ActivitySource Tracing = new("ingestion");
    static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    readonly SemaphoreSlim wake = new(0, 1);
    readonly IPublishEndpoint publisher = bus;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listener = ListenAsync(stoppingToken);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RelayOnceAsync(stoppingToken) == BatchSize)
                {
                    // A full batch means more rows may be waiting: keep going without sleeping.
                }
                metrics.SetOutboxBacklog(await CountBacklogAsync(stoppingToken));
                failures = 0;
                await WaitForWorkAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                failures++;
                var delay = Backoff(failures);
                logger.LogError(ex, "Outbox relay failed (attempt {Attempt}); retrying in {Delay}", failures, delay);
                await TryReportBacklogAsync(stoppingToken);
                await WaitForWorkAsync(delay, stoppingToken, ignoreWake: true);
            }
        }
        await listener;
    }

    /// <summary>Publishes up to one batch of outbox rows; returns how many were published.</summary>
    public async Task<int> RelayOnceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = new List<(long Id, CasesRecorded Message, string? TraceParent)>(BatchSize);
        await using (var select = new NpgsqlCommand(
            $"select id, payload, traceparent from outbox order by id limit {BatchSize} for update skip locked", connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                rows.Add((reader.GetInt64(0), CasesRecorded.Parser.ParseFrom(reader.GetFieldValue<byte[]>(1)), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }
        if (rows.Count == 0)
            return 0;

        // MassTransit completes each publish on the broker's confirm, so a committed delete means a confirmed publish.
        await Task.WhenAll(rows.Select(row => PublishInTraceAsync(row.Message, row.TraceParent, cancellationToken)));

        await using (var delete = new NpgsqlCommand("delete from outbox where id = any($1)", connection, transaction))
        {
            delete.Parameters.AddWithValue(rows.Select(r => r.Id).ToArray());
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        metrics.RecordCases("stored", rows.Sum(r => r.Message.Cases.Count));
        logger.LogDebug("Relayed {Count} outbox rows", rows.Count);
        return rows.Count;
    }

    /// <summary>Rows waiting (locked ones of other replicas included): the backlog gauge behind the outbox alert.</summary>
    async Task<long> CountBacklogAsync(CancellationToken cancellationToken)
    {
        await using var count = dataSource.CreateCommand("select count(*) from outbox");
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    // While the relay fails the backlog matters most, but the database may be what failed.
    async Task TryReportBacklogAsync(CancellationToken cancellationToken)
    {
        try
        {
            metrics.SetOutboxBacklog(await CountBacklogAsync(cancellationToken));
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            logger.LogDebug("Outbox backlog not counted: {Message}", ex.Message);
        }
    }

    /// <summary>
    /// Publishes inside an activity whose parent is the stored request's trace (MassTransit writes Activity.Current
    /// into the message headers), so the consumers continue the submitting request's trace, not the relay's.
    /// </summary>
    async Task PublishInTraceAsync(CasesRecorded message, string? traceParent, CancellationToken cancellationToken)
    {
        var previous = Activity.Current;
        Activity.Current = null; // the relay's own loop is not the parent
        try
        {
            using var activity = ActivityContext.TryParse(traceParent, null, out var parent)
                ? Tracing.StartActivity("outbox publish", ActivityKind.Producer, parent)
                : Tracing.StartActivity("outbox publish", ActivityKind.Producer);
            activity?.SetTag("mediazona.cases", message.Cases.Count);
            activity?.SetTag("mediazona.replay", message.Replay);
            await publisher.Publish(message, cancellationToken);
        }
        finally
        {
            Activity.Current = previous;
        }
    }

    /// <summary>Holds a dedicated connection on LISTEN and wakes the relay on each notification; reconnects on failure.</summary>
    async Task ListenAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, _) => Wake();
                await using (var listen = new NpgsqlCommand($"listen {CaseStore.OutboxChannel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                failures = 0;
                // Rows written while we were not listening are picked up by this wake (and by the poll anyway).
                Wake();
                while (!stoppingToken.IsCancellationRequested)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var delay = Backoff(failures);
                logger.LogWarning(ex, "Outbox listener lost its connection; reconnecting in {Delay}", delay);
                await WaitForWorkAsync(delay, stoppingToken, ignoreWake: true);
            }
        }
    }

    void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake: one pending wake covers any number of notifications.
        }
    }

    /// <summary>Returns after the timeout, on a wake (unless backing off), or quietly when the host stops.</summary>
    async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken stoppingToken, bool ignoreWake = false)
    {
        try
        {
            if (ignoreWake)
                await Task.Delay(timeout, stoppingToken);
            else
                await wake.WaitAsync(timeout, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    static TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures, 10))));

    public override void Dispose()
    {
        wake.Dispose();
        base.Dispose();
    }
}
