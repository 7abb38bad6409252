using System.Collections.Concurrent;
using Mediazona.Contracts.Events.V1;
using Mediazona.Statistics.DataVersion;
using Mediazona.Statistics.Figures;
using Mediazona.Statistics.Rollups;
using Mediazona.ServiceDefaults.Telemetry;
using Npgsql;
using NpgsqlTypes;

namespace Mediazona.Statistics.Projection;

/// <summary>What one batch did to the projection.</summary>
public sealed record ProjectionResult(int Applied, int Skipped, int Rejected, long? DataVersion, int Uncounted = 0);

/// <summary>
/// Applies a batch of classified cases in one transaction. Idempotent and out-of-order safe: a case is
/// replaced only by a newer (revision, rules_version); an equal pair is a redelivery and changes nothing.
/// </summary>
public sealed class ProjectionWriter(NpgsqlDataSource dataSource, DataVersionSource versions, SuiteMetrics metrics, ILogger<ProjectionWriter> logger)
{
    // The WHERE of ON CONFLICT keeps the stored row unless the incoming pair is strictly newer;
    // RETURNING lists only the rows inserted or replaced.
    // The case row with its figure vector (shape and longest terms, computed by ProjectionMapper): one statement.
    // The WHERE of ON CONFLICT keeps the stored row unless the incoming pair is strictly newer;
    // RETURNING lists only the rows inserted or replaced.
    const string UpsertCases = """
        insert into cases (case_id, revision, rules_version, court_code, case_number, entry_date, decision_date,
                           outcome, mobilisation_era, group_case, has_published_act, court_name,
                           shape_id, longest_real_months, longest_suspended_months, source_url, fetched_at, page_sha256, projected_at)
        select i.*, now()
        from unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::date[], $7::date[],
                    $8::smallint[], $9::bool[], $10::bool[], $11::bool[], $12::text[], $13::bigint[], $14::int[], $15::int[],
                    $16::text[], $17::timestamptz[], $18::text[]) as i
        on conflict (case_id) do update set
            revision = excluded.revision, rules_version = excluded.rules_version,
            court_code = excluded.court_code, case_number = excluded.case_number,
            entry_date = excluded.entry_date, decision_date = excluded.decision_date, outcome = excluded.outcome,
            mobilisation_era = excluded.mobilisation_era, group_case = excluded.group_case,
            has_published_act = excluded.has_published_act, court_name = excluded.court_name,
            shape_id = excluded.shape_id, longest_real_months = excluded.longest_real_months,
            longest_suspended_months = excluded.longest_suspended_months, source_url = excluded.source_url,
            fetched_at = excluded.fetched_at, page_sha256 = excluded.page_sha256, projected_at = excluded.projected_at
        where (cases.revision, cases.rules_version) < (excluded.revision, excluded.rules_version)
        returning case_id
        """;

    // Other proceedings' latest pairs, kept only when newer than the one stored (see 005_uncounted_cases.sql).
    const string UpsertUncounted = """
        insert into uncounted_cases (case_id, revision, rules_version, proceeding_kind)
        select * from unnest($1::text[], $2::int[], $3::int[], $4::smallint[])
        on conflict (case_id) do update set
            revision = excluded.revision, rules_version = excluded.rules_version,
            proceeding_kind = excluded.proceeding_kind, projected_at = now()
        where (uncounted_cases.revision, uncounted_cases.rules_version) < (excluded.revision, excluded.rules_version)
        """;

    // A counted row outranked by a newer revision of another proceeding leaves the figures (it may have come in this batch).
    const string DeleteOutranked = """
        delete from cases c using uncounted_cases u
        where c.case_id = u.case_id and c.case_id = any($1) and (c.revision, c.rules_version) < (u.revision, u.rules_version)
        returning c.case_id
        """;

    // A newer first-instance revision wins back: its older marker goes.
    const string DeleteOutrankedMarkers = """
        delete from uncounted_cases u using cases c
        where u.case_id = c.case_id and u.case_id = any($1) and (u.revision, u.rules_version) < (c.revision, c.rules_version)
        """;

    const string DeleteDefendants = "delete from defendants where case_id = any($1)";
    const string DeleteCharges = "delete from defendant_charges where case_id = any($1)";

    // The defendant's distinct articles travel as one array literal per defendant (unnest cannot carry arrays of arrays).
    const string InsertDefendants = """
        insert into defendants (case_id, ordinal, convicted, acquitted, punishment_kind, term_months, probation_months,
                                punishment_source, primary_article, primary_part, primary_category, primary_mobilisation_era,
                                charge_articles, penalty_kind, regime, fine_rubles, withholding_percent, compulsory_hours,
                                additional_fine_rubles, additional_restriction_months, additional_ban_months,
                                additional_rank_deprived, name_hidden)
        select i.case_id, i.ordinal, i.convicted, i.acquitted, i.kind, i.term, i.probation, i.source, i.article, i.part,
               i.category, i.mobilisation, i.articles::text[], i.penalty, i.regime, i.fine, i.withholding, i.hours,
               i.added_fine, i.added_restriction, i.added_ban, i.rank_deprived, i.name_hidden
        from unnest($1::text[], $2::int[], $3::bool[], $4::bool[], $5::smallint[], $6::int[], $7::int[],
                    $8::smallint[], $9::text[], $10::text[], $11::smallint[], $12::bool[], $13::text[],
                    $14::smallint[], $15::smallint[], $16::bigint[], $17::int[], $18::int[], $19::bigint[], $20::int[], $21::int[],
                    $22::bool[], $23::bool[])
             as i(case_id, ordinal, convicted, acquitted, kind, term, probation, source, article, part, category, mobilisation, articles,
                  penalty, regime, fine, withholding, hours, added_fine, added_restriction, added_ban, rank_deprived, name_hidden)
        """;

    const string InsertCharges = """
        insert into defendant_charges (case_id, ordinal, article, part, category, mobilisation_era, stage, complicity)
        select * from unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::smallint[], $6::bool[], $7::smallint[], $8::smallint[])
        """;

    // Never below "now" in microseconds: see 001_projection.sql. The notification reaches every replica's listener
    // when the transaction commits (DataVersion/DataVersionListener).
    static readonly string BumpVersion = $"""
        with bumped as (
            update data_version
            set version = greatest(version + 1, (extract(epoch from clock_timestamp()) * 1000000)::bigint)
            returning version)
        select version, pg_notify('{DataVersionChannel.Name}', version::text) from bumped
        """;

    // A transaction-scoped advisory lock that every projection writer takes first (any constant would do: this one is "mzst").
    const string WritersLock = "select pg_advisory_xact_lock(1836741492)";

    // Shapes this writer has seen committed: a batch sends only the others (the dictionary only grows).
    readonly ConcurrentDictionary<long, byte> knownShapes = new();

    public async Task<ProjectionResult> ApplyAsync(CasesClassified message, CancellationToken cancellationToken)
    {
        var batch = ProjectionMapper.Map(message);
        foreach (var rejected in batch.Rejected)
            logger.LogWarning("Case {CaseId} not projected: {Reason}", rejected.CaseId, rejected.Reason);
        if (batch.Cases.Count == 0 && batch.Uncounted.Count == 0)
            return new ProjectionResult(0, 0, batch.Rejected.Count, null);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var shapes = batch.Vectors.DistinctBy(v => v.ShapeId).Where(v => !knownShapes.ContainsKey(v.ShapeId)).ToList();
        var (prior, applied) = await UpsertCasesAsync(connection, transaction, batch, shapes, cancellationToken);
        var removed = await SettleUncountedAsync(connection, transaction, batch, applied, cancellationToken);
        applied.ExceptWith(removed);
        long? version = null;
        if (applied.Count > 0 || removed.Count > 0)
            version = await ReplaceDetailsAsync(connection, transaction, batch, applied, removed, RollupDelta.Of(batch, prior, applied, removed), cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        foreach (var shape in shapes)
            knownShapes.TryAdd(shape.ShapeId, 0);
        if (version is { } moved)
            versions.Observe(moved);
        metrics.RecordCases("projected", applied.Count);
        return new ProjectionResult(applied.Count, batch.Cases.Count - applied.Count, batch.Rejected.Count, version, batch.Uncounted.Count);
    }

    /// <summary>
    /// Records the batch's cases of other proceedings and removes every counted row a newer one outranks (a cassation
    /// revision of a case first stored without a kind, or a late older revision); answers the case ids removed.
    /// </summary>
    static async Task<HashSet<string>> SettleUncountedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        ProjectionBatch batch, HashSet<string> applied, CancellationToken cancellationToken)
    {
        var removed = new HashSet<string>(StringComparer.Ordinal);
        if (batch.Uncounted.Count > 0)
        {
            await using var upsert = new NpgsqlCommand(UpsertUncounted, connection, transaction);
            upsert.Parameters.Add(Array(batch.Uncounted, u => u.CaseId));
            upsert.Parameters.Add(Array(batch.Uncounted, u => u.Revision));
            upsert.Parameters.Add(Array(batch.Uncounted, u => u.RulesVersion));
            upsert.Parameters.Add(Array(batch.Uncounted, u => u.ProceedingKind));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }
        var ids = batch.Uncounted.Select(u => u.CaseId).Concat(applied).ToArray();
        await using (var delete = new NpgsqlCommand(DeleteOutranked, connection, transaction))
        {
            delete.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = ids });
            await using var reader = await delete.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                removed.Add(reader.GetString(0));
        }
        if (applied.Count > 0)
        {
            await using var markers = new NpgsqlCommand(DeleteOutrankedMarkers, connection, transaction);
            markers.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = applied.ToArray() });
            await markers.ExecuteNonQueryAsync(cancellationToken);
        }
        return removed;
    }

    /// <summary>
    /// Takes the writers' lock, reads what the rollups count now for the batch's cases, adds the batch's new shapes and
    /// upserts its cases with their figure vectors: one round trip; answers the prior rows and the case ids applied.
    /// </summary>
    static async Task<(Dictionary<string, RolledCase> Prior, HashSet<string> Applied)> UpsertCasesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ProjectionBatch batch, IReadOnlyList<CaseVector> shapes,
        CancellationToken cancellationToken)
    {
        var (cases, vectors) = (batch.Cases, batch.Vectors);
        await using var sql = new NpgsqlBatch(connection, transaction);
        // One writer at a time: the rollups are changed by what each case counted before, which must not move meanwhile.
        sql.BatchCommands.Add(new NpgsqlBatchCommand(WritersLock));
        sql.BatchCommands.Add(PriorCases.Command([.. cases.Select(c => c.CaseId).Concat(batch.Uncounted.Select(u => u.CaseId))]));
        if (cases.Count == 0)
        {
            await using var priorOnly = await sql.ExecuteReaderAsync(cancellationToken);
            await priorOnly.NextResultAsync(cancellationToken);
            return (await PriorCases.ReadAsync(priorOnly, cancellationToken), []);
        }
        if (shapes.Count > 0)
            sql.BatchCommands.Add(ShapeInsert.Command(shapes));
        sql.BatchCommands.Add(Command(UpsertCases,
            Array(cases, c => c.CaseId), Array(cases, c => c.Revision), Array(cases, c => c.RulesVersion),
            Array(cases, c => c.CourtCode), Array(cases, c => c.CaseNumber),
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date, Value = cases.Select(c => c.EntryDate).ToArray() },
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date, Value = cases.Select(c => c.DecisionDate).ToArray() },
            Array(cases, c => c.Outcome), Array(cases, c => c.MobilisationEra), Array(cases, c => c.GroupCase),
            Array(cases, c => c.HasPublishedAct), Array(cases, c => c.CourtName),
            Array(vectors, v => v.ShapeId), Array(vectors, v => v.LongestRealMonths), Array(vectors, v => v.LongestSuspendedMonths),
            Array(cases, c => c.SourceUrl),
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, Value = cases.Select(c => c.FetchedAt).ToArray() },
            Array(cases, c => c.PageSha256)));

        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await sql.ExecuteReaderAsync(cancellationToken);
        // Results: the lock (one row), the prior rows, then the case ids (the shape insert returns none).
        await reader.NextResultAsync(cancellationToken);
        var prior = await PriorCases.ReadAsync(reader, cancellationToken);
        while (await reader.NextResultAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                applied.Add(reader.GetString(0));
        }
        return (prior, applied);
    }

    /// <summary>Replaces the defendants and charges of the applied cases, drops the removed ones' and moves the data version: one round trip.</summary>
    static async Task<long> ReplaceDetailsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        ProjectionBatch batch, HashSet<string> applied, HashSet<string> removed, RollupDelta delta, CancellationToken cancellationToken)
    {
        var ids = applied.Concat(removed).ToArray();
        var defendants = batch.Defendants.Where(d => applied.Contains(d.CaseId)).ToList();
        var charges = batch.Charges.Where(c => applied.Contains(c.CaseId)).ToList();
        var articles = charges.GroupBy(c => (c.CaseId, c.Ordinal))
            .ToDictionary(g => g.Key, g => g.Select(c => c.Article).Distinct().Order(StringComparer.Ordinal).ToList());

        await using var sql = new NpgsqlBatch(connection, transaction);
        sql.BatchCommands.Add(Command(DeleteDefendants, new NpgsqlParameter<string[]> { TypedValue = ids }));
        sql.BatchCommands.Add(Command(DeleteCharges, new NpgsqlParameter<string[]> { TypedValue = ids }));
        if (defendants.Count > 0)
        {
            sql.BatchCommands.Add(Command(InsertDefendants,
                Array(defendants, d => d.CaseId), Array(defendants, d => d.Ordinal),
                Array(defendants, d => d.Convicted), Array(defendants, d => d.Acquitted),
                Array(defendants, d => d.PunishmentKind), Array(defendants, d => d.TermMonths),
                Array(defendants, d => d.ProbationMonths), Array(defendants, d => d.PunishmentSource),
                Array(defendants, d => d.PrimaryArticle), Array(defendants, d => d.PrimaryPart),
                Array(defendants, d => d.PrimaryCategory), Array(defendants, d => d.PrimaryMobilisationEra),
                Array(defendants, d => ArrayLiteral.Texts(articles.GetValueOrDefault((d.CaseId, d.Ordinal), []))),
                Array(defendants, d => Detail(d).PenaltyKind), Array(defendants, d => Detail(d).Regime),
                Array(defendants, d => Detail(d).FineRubles), Array(defendants, d => Detail(d).WithholdingPercent),
                Array(defendants, d => Detail(d).CompulsoryHours), Array(defendants, d => Detail(d).AdditionalFineRubles),
                Array(defendants, d => Detail(d).AdditionalRestrictionMonths), Array(defendants, d => Detail(d).AdditionalBanMonths),
                Array(defendants, d => Detail(d).AdditionalRankDeprived), Array(defendants, d => Detail(d).NameHidden)));
        }
        if (charges.Count > 0)
        {
            sql.BatchCommands.Add(Command(InsertCharges,
                Array(charges, c => c.CaseId), Array(charges, c => c.Ordinal), Array(charges, c => c.Article),
                Array(charges, c => c.Part), Array(charges, c => c.Category), Array(charges, c => c.MobilisationEra),
                Array(charges, c => c.Stage), Array(charges, c => c.Complicity)));
        }
        foreach (var rollup in RollupUpsert.Commands(delta))
            sql.BatchCommands.Add(rollup);
        sql.BatchCommands.Add(new NpgsqlBatchCommand(BumpVersion));
        // After the bump: the history's rows change at the new version (receipts read the cases live at a version).
        sql.BatchCommands.Add(Receipts.CaseHistory.Command(ids,
            [.. batch.Cases.Select((c, i) => (Case: c, batch.Vectors[i].ShapeId)).Where(x => applied.Contains(x.Case.CaseId))]));

        await using var reader = await sql.ExecuteReaderAsync(cancellationToken);
        // The version is the result of the last command: skip to its result set.
        do
        {
            if (reader.FieldCount == 2 && reader.GetName(0) == "version" && await reader.ReadAsync(cancellationToken))
                return reader.GetInt64(0);
        } while (await reader.NextResultAsync(cancellationToken));
        throw new InvalidOperationException("data_version has no row: was migration 001_projection applied?");
    }

    static NpgsqlBatchCommand Command(string text, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(text);
        command.Parameters.AddRange(parameters);
        return command;
    }

    static SentenceDetail Detail(DefendantRow d) => d.Detail ?? SentenceDetail.None;

    static NpgsqlParameter<T[]> Array<TRow, T>(IReadOnlyList<TRow> rows, Func<TRow, T> column) =>
        new() { TypedValue = rows.Select(column).ToArray() };
}
