using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Events.V1;
using Mediazona.Ingestion.Mapping;
using Npgsql;

namespace Mediazona.Ingestion.Storage;

/// <summary>Republishes stored cases through the outbox (admin Replay, and once per newer rules version).</summary>
public sealed class ReplayStore(NpgsqlDataSource dataSource)
{
    public const int DefaultBatchSize = 200;
    public const int MaxBatchSize = 1000;
    /// <summary>Serialises rule-version replays across replicas (pg_advisory_xact_lock key).</summary>
    const long RulesReplayLock = 0x6D7A_7265_706C;

    public sealed record ReplayOutcome(long CasesQueued, int Batches);

    /// <summary>Queues the latest revision of every case, batchSize cases per outbox row, in one transaction.</summary>
    public async Task<ReplayOutcome> ReplayAllAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var outcome = await ReplayAsync(connection, batchSize, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Replays once for a rules version newer than any replayed for so far; null when it is not newer (already done,
    /// a redelivery, or an older version). The marker and the outbox rows commit together.
    /// </summary>
    public async Task<ReplayOutcome?> ReplayForRulesAsync(int rulesVersion, string effectiveFrom, int batchSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"select pg_advisory_xact_lock({RulesReplayLock})", connection))
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        await using (var newest = new NpgsqlCommand("select coalesce(max(rules_version), 0) from rules_replays", connection))
        {
            if ((int)(await newest.ExecuteScalarAsync(cancellationToken))! >= rulesVersion)
                return null;
        }
        var outcome = await ReplayAsync(connection, batchSize, cancellationToken);
        await using (var mark = new NpgsqlCommand("insert into rules_replays (rules_version, effective_from, cases_queued) values ($1, $2, $3)", connection))
        {
            mark.Parameters.AddWithValue(rulesVersion);
            mark.Parameters.AddWithValue(effectiveFrom);
            mark.Parameters.AddWithValue(outcome.CasesQueued);
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    static async Task<ReplayOutcome> ReplayAsync(NpgsqlConnection connection, int batchSize, CancellationToken cancellationToken)
    {
        batchSize = Math.Clamp(batchSize <= 0 ? DefaultBatchSize : batchSize, 1, MaxBatchSize);
        long queued = 0;
        var batches = 0;
        var after = "";
        while (true)
        {
            // Keyset pages in case-id order: each case once, whatever its size, without holding everything in memory.
            await using var select = new NpgsqlCommand("""
                select r.case_id, r.revision, r.content_hash, r.origin, r.payload, r.recorded_at
                from cases c join case_revisions r on r.case_id = c.case_id and r.revision = c.latest_revision
                where c.case_id > $1 and c.latest_revision > 0
                order by c.case_id limit $2
                """, connection);
            select.Parameters.AddWithValue(after);
            select.Parameters.AddWithValue(batchSize);
            var message = new CasesRecorded { Replay = true };
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    after = reader.GetString(0);
                    message.Cases.Add(new CaseRecorded
                    {
                        Case = CourtCase.Parser.ParseFrom(reader.GetFieldValue<byte[]>(4)),
                        Revision = CaseMapping.ToRevision(after, reader.GetInt32(1), reader.GetString(2), (RevisionOrigin)reader.GetInt16(3), reader.GetDateTime(5)),
                    });
                }
            }
            if (message.Cases.Count == 0)
                break;
            await using (var insert = new NpgsqlCommand("insert into outbox (payload, traceparent) values ($1, $2)", connection))
            {
                insert.Parameters.AddWithValue(message.ToByteArray());
                insert.Parameters.Add(new NpgsqlParameter { Value = (object?)CaseStore.TraceParent() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            queued += message.Cases.Count;
            batches++;
            if (message.Cases.Count < batchSize)
                break;
        }
        if (batches > 0)
        {
            await using var notify = new NpgsqlCommand($"select pg_notify('{CaseStore.OutboxChannel}', '')", connection);
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }
        return new ReplayOutcome(queued, batches);
    }
}
