using System.Diagnostics;
using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Annotations;
using Mediazona.Ingestion.Intake;
using Mediazona.Ingestion.Mapping;
using Npgsql;
using NpgsqlTypes;

namespace Mediazona.Ingestion.Storage;

/// <summary>Cases, their revisions, the outbox and quarantine in PostgreSQL.</summary>
public sealed class CaseStore(NpgsqlDataSource dataSource)
{
    public const string OutboxChannel = "mz_outbox";
    const string ProtobufContentType = "application/x-protobuf";
    const int MaxAttempts = 3;

    /// <summary>
    /// Stores a batch in one transaction: new revisions, the case pointers, one outbox row with every
    /// new or changed case, and the rejected records in quarantine. Returns once committed.
    /// </summary>
    public async Task<BatchOutcome> RecordBatchAsync(IReadOnlyList<PreparedCase> cases, IReadOnlyList<RejectedRecord> rejected,
        RevisionOrigin origin, string source, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RecordOnceAsync(cases, rejected, origin, source, cancellationToken);
            }
            catch (PostgresException ex) when (attempt < MaxAttempts && ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                // Locks are taken in case-id order so this should not happen; if it does, the whole batch is safe to redo.
            }
        }
    }

    async Task<BatchOutcome> RecordOnceAsync(IReadOnlyList<PreparedCase> cases, IReadOnlyList<RejectedRecord> rejected,
        RevisionOrigin origin, string source, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var quarantineIds = await QuarantineAsync(connection, rejected.Select(r => new QuarantineRow(source, r.Reason, r.Field, r.Raw, r.ContentType)).ToList(), cancellationToken);
        if (cases.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return new BatchOutcome([], quarantineIds, null);
        }

        // The first record of each case, in case-id order: a case not stored yet is created from it, already at its revision 1.
        var keys = cases.DistinctBy(c => c.CaseId).OrderBy(c => c.CaseId, StringComparer.Ordinal).ToList();
        var (created, now) = await InsertNewCasesAsync(connection, keys, cancellationToken);
        var existing = keys.Where(k => !created.Contains(k.CaseId)).ToList();
        var stored = new Dictionary<string, CurrentState>(StringComparer.Ordinal);
        if (existing.Count > 0)
        {
            (stored, now, var annotated) = await LockCasesAsync(connection, existing, cancellationToken);
            if (annotated.Count > 0 && origin != RevisionOrigin.Annotation)
                cases = await KeepAnnotationsAsync(connection, cases, annotated, cancellationToken);
        }

        var planned = RevisionPlanner.Plan(cases, stored);
        var changed = planned.Where(p => p.Kind != RecordKind.Unchanged).ToList();
        long? outboxId = null;
        if (changed.Count > 0)
        {
            await InsertRevisionsAsync(connection, changed, origin, now, cancellationToken);
            await UpdateCasesAsync(connection, changed, created, now, cancellationToken);
            outboxId = await EnqueueAsync(connection, CaseMapping.ToCasesRecordedBytes(changed, origin, now), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new BatchOutcome(planned, quarantineIds, outboxId);
    }

    /// <summary>Keeps raw rejected input in its own transaction (used when nothing of a request can be stored).</summary>
    public async Task<IReadOnlyList<long>> QuarantineAsync(IReadOnlyList<QuarantineRow> entries, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ids = await QuarantineAsync(connection, entries, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    static async Task<IReadOnlyList<long>> QuarantineAsync(NpgsqlConnection connection, IReadOnlyList<QuarantineRow> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
            return [];
        // Ids are drawn first so that each rejected record knows its own row without relying on RETURNING order.
        var ids = new List<long>(entries.Count);
        await using (var draw = new NpgsqlCommand("select nextval(pg_get_serial_sequence('quarantine', 'id')) from generate_series(1, $1)", connection))
        {
            draw.Parameters.AddWithValue(entries.Count);
            await using var reader = await draw.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                ids.Add(reader.GetInt64(0));
        }
        ids.Sort();
        await using var copy = await connection.BeginBinaryImportAsync(
            "copy quarantine (id, source, reason, field, content_type, raw) from stdin (format binary)", cancellationToken);
        for (var i = 0; i < entries.Count; i++)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(ids[i], NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(entries[i].Source, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(entries[i].Reason, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(entries[i].Field, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(entries[i].ContentType ?? ProtobufContentType, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(entries[i].Raw, NpgsqlDbType.Bytea, cancellationToken);
        }
        await copy.CompleteAsync(cancellationToken);
        return ids;
    }

    /// <summary>
    /// Creates the cases not stored yet, in case-id order (so concurrent batches wait on each other instead of
    /// deadlocking), directly in their state after revision 1: a new case is written once, not inserted empty and
    /// then updated (which doubled the table and index writes of every new case). Returns the ids it created and the
    /// transaction's time; a case another transaction created first is left out (it is locked and planned instead).
    /// </summary>
    static async Task<(HashSet<string> Created, DateTime Now)> InsertNewCasesAsync(NpgsqlConnection connection, IReadOnlyList<PreparedCase> keys,
        CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand("""
            insert into cases (case_id, court_code, case_number, case_uid, latest_revision, content_hash, updated_at, has_annotations)
            select k.case_id, k.court_code, k.case_number, k.case_uid, 1, k.content_hash, now(), k.annotated
            from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[])
                as k(case_id, court_code, case_number, case_uid, content_hash, annotated)
            order by k.case_id
            on conflict do nothing
            returning case_id, now()
            """, connection);
        insert.Parameters.AddWithValue(keys.Select(k => k.CaseId).ToArray());
        insert.Parameters.AddWithValue(keys.Select(k => k.CourtCode).ToArray());
        insert.Parameters.AddWithValue(keys.Select(k => k.CaseNumber).ToArray());
        insert.Parameters.AddWithValue(keys.Select(k => k.CaseUid).ToArray());
        insert.Parameters.AddWithValue(keys.Select(k => k.ContentHash).ToArray());
        insert.Parameters.AddWithValue(keys.Select(k => k.Case.Annotations.Count > 0).ToArray());
        var created = new HashSet<string>(StringComparer.Ordinal);
        var now = DateTime.UtcNow;
        await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            created.Add(reader.GetString(0));
            now = reader.GetDateTime(1);
        }
        return (created, now);
    }

    static async Task<(Dictionary<string, CurrentState> Stored, DateTime Now, List<string> Annotated)> LockCasesAsync(NpgsqlConnection connection,
        IReadOnlyList<PreparedCase> keys, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand("""
            select case_id, latest_revision, content_hash, now(), has_annotations from cases
            where case_id = any($1) order by case_id for update
            """, connection);
        select.Parameters.AddWithValue(keys.Select(k => k.CaseId).ToArray());
        var stored = new Dictionary<string, CurrentState>(keys.Count, StringComparer.Ordinal);
        var annotated = new List<string>();
        var now = DateTime.UtcNow;
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[reader.GetString(0)] = new CurrentState(reader.GetInt32(1), reader.GetString(2));
            now = reader.GetDateTime(3);
            if (reader.GetBoolean(4))
                annotated.Add(reader.GetString(0));
        }
        return (stored, now, annotated);
    }

    /// <summary>
    /// A card or structured record knows nothing of annotations from other sources: carry the stored ones over,
    /// so that re-importing a card neither drops them nor counts as a change.
    /// </summary>
    static async Task<IReadOnlyList<PreparedCase>> KeepAnnotationsAsync(NpgsqlConnection connection, IReadOnlyList<PreparedCase> cases,
        List<string> annotated, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand("""
            select r.case_id, r.payload from cases c join case_revisions r on r.case_id = c.case_id and r.revision = c.latest_revision
            where c.case_id = any($1)
            """, connection);
        select.Parameters.AddWithValue(annotated.ToArray());
        var annotations = new Dictionary<string, CourtCase>(StringComparer.Ordinal);
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                annotations[reader.GetString(0)] = CourtCase.Parser.ParseFrom(reader.GetFieldValue<byte[]>(1));
        }
        return cases.Select(c => c.Case.Annotations.Count == 0 && annotations.TryGetValue(c.CaseId, out var latest)
            ? Annotating.WithAnnotations(c, latest.Annotations)
            : c).ToList();
    }

    static async Task InsertRevisionsAsync(NpgsqlConnection connection, IReadOnlyList<PlannedRecord> changed, RevisionOrigin origin,
        DateTime now, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "copy case_revisions (case_id, revision, content_hash, origin, payload, recorded_at) from stdin (format binary)", cancellationToken);
        foreach (var record in changed)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(record.Prepared.CaseId, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(record.Revision, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(record.Prepared.ContentHash, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync((short)origin, NpgsqlDbType.Smallint, cancellationToken);
            await copy.WriteAsync(record.Prepared.Payload, NpgsqlDbType.Bytea, cancellationToken);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    /// <param name="created">Cases this batch created at revision 1: only those changed again later in the batch need an update.</param>
    static async Task UpdateCasesAsync(NpgsqlConnection connection, IReadOnlyList<PlannedRecord> changed, HashSet<string> created, DateTime now,
        CancellationToken cancellationToken)
    {
        // A case changed twice in the batch ends at its last revision.
        var latest = changed.GroupBy(r => r.Prepared.CaseId).Select(g => g.MaxBy(r => r.Revision)!)
            .Where(r => !(r.Revision == 1 && created.Contains(r.Prepared.CaseId)))
            .ToList();
        if (latest.Count == 0)
            return;
        await using var update = new NpgsqlCommand("""
            update cases c set latest_revision = u.revision, content_hash = u.content_hash, updated_at = $4, has_annotations = u.annotated
            from unnest($1::text[], $2::int[], $3::text[], $5::boolean[]) as u(case_id, revision, content_hash, annotated)
            where c.case_id = u.case_id
            """, connection);
        update.Parameters.AddWithValue(latest.Select(r => r.Prepared.CaseId).ToArray());
        update.Parameters.AddWithValue(latest.Select(r => r.Revision).ToArray());
        update.Parameters.AddWithValue(latest.Select(r => r.Prepared.ContentHash).ToArray());
        update.Parameters.AddWithValue(now);
        update.Parameters.AddWithValue(latest.Select(r => r.Prepared.Case.Annotations.Count > 0).ToArray());
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <param name="message">A CasesRecorded message's bytes.</param>
    static async Task<long> EnqueueAsync(NpgsqlConnection connection, byte[] message, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand("insert into outbox (payload, traceparent) values ($1, $2) returning id", connection);
        insert.Parameters.AddWithValue(message);
        // The submitting request's trace: the relay publishes as its child, so one trace spans the whole pipeline.
        insert.Parameters.Add(new NpgsqlParameter { Value = (object?)TraceParent() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        var id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        // Delivered on commit: wakes the relay without waiting for its next poll.
        await using var notify = new NpgsqlCommand($"select pg_notify('{OutboxChannel}', '')", connection);
        await notify.ExecuteNonQueryAsync(cancellationToken);
        return id;
    }

    /// <summary>W3C traceparent of the current activity, or null outside a trace.</summary>
    internal static string? TraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { } id } ? id : null;

    /// <summary>The latest revision of a case, or null.</summary>
    public async Task<StoredRevision?> GetLatestAsync(string caseId, CancellationToken cancellationToken)
    {
        await using var select = dataSource.CreateCommand("""
            select r.case_id, r.revision, r.content_hash, r.origin, r.payload, r.recorded_at
            from cases c join case_revisions r on r.case_id = c.case_id and r.revision = c.latest_revision
            where c.case_id = $1
            """);
        select.Parameters.AddWithValue(caseId);
        var rows = await ReadRevisionsAsync(select, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Quarantined records newest first, with ids below beforeId (0 = from the newest).</summary>
    public async Task<IReadOnlyList<QuarantinedRecord>> ListQuarantineAsync(long beforeId, int limit, CancellationToken cancellationToken)
    {
        await using var select = dataSource.CreateCommand("""
            select id, received_at, source, reason, field, content_type, raw from quarantine
            where $1 = 0 or id < $1 order by id desc limit $2
            """);
        select.Parameters.AddWithValue(beforeId);
        select.Parameters.AddWithValue(limit);
        var rows = new List<QuarantinedRecord>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new QuarantinedRecord(reader.GetInt64(0), reader.GetDateTime(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetFieldValue<byte[]>(6)));
        }
        return rows;
    }

    /// <summary>Ids of the cases with this court code and number (and card uid, when given).</summary>
    public async Task<IReadOnlyList<string>> FindCaseIdsAsync(string courtCode, string caseNumber, string? caseUid, CancellationToken cancellationToken)
    {
        await using var select = dataSource.CreateCommand("""
            select case_id from cases
            where court_code = $1 and case_number = $2 and ($3::text is null or case_uid = $3) and latest_revision > 0
            order by case_id
            """);
        select.Parameters.AddWithValue(courtCode);
        select.Parameters.AddWithValue(caseNumber);
        select.Parameters.Add(new NpgsqlParameter { Value = (object?)caseUid ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        var ids = new List<string>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>Every revision of a case, oldest first (empty when the case is unknown).</summary>
    public async Task<IReadOnlyList<StoredRevision>> ListRevisionsAsync(string caseId, CancellationToken cancellationToken)
    {
        await using var select = dataSource.CreateCommand("""
            select case_id, revision, content_hash, origin, payload, recorded_at
            from case_revisions where case_id = $1 order by revision
            """);
        select.Parameters.AddWithValue(caseId);
        return await ReadRevisionsAsync(select, cancellationToken);
    }

    static async Task<List<StoredRevision>> ReadRevisionsAsync(NpgsqlCommand select, CancellationToken cancellationToken)
    {
        var rows = new List<StoredRevision>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new StoredRevision(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt16(3),
                reader.GetFieldValue<byte[]>(4), reader.GetDateTime(5)));
        }
        return rows;
    }
}

/// <summary>One row for the quarantine table; content type defaults to application/x-protobuf.</summary>
public sealed record QuarantineRow(string Source, string Reason, string Field, byte[] Raw, string? ContentType = null);

/// <summary>One row of the quarantine table as listed.</summary>
public sealed record QuarantinedRecord(long Id, DateTime ReceivedAt, string Source, string Reason, string Field, string ContentType, byte[] Raw);
