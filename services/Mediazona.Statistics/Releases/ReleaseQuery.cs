using Mediazona.Contracts.Cases.V1;
using Mediazona.Courts.Registry;
using Mediazona.Releases.Completeness;
using Mediazona.Releases.Schema;
using Mediazona.Statistics.Figures;
using Npgsql;
using Release = Mediazona.Releases.Schema.Release;

namespace Mediazona.Statistics.Releases;

/// <summary>
/// Reads a release out of the projection as of a date: the cases received by then (of some courts, or all), facts
/// decided after it left out as the case table leaves them out, in one repeatable-read snapshot with its data version.
/// Columns come in the order of <see cref="ReleaseTables"/>.
/// </summary>
public sealed class ReleaseQuery(NpgsqlDataSource dataSource)
{
    // $1 the as-of date, $2 the court codes (empty: every court).
    static readonly string Received = $"{CaseFigures.ReceivedBySql} and (cardinality($2::text[]) = 0 or c.court_code = any($2))";

    static string Decided(string column, string otherwise) => $"case when {CaseFigures.DecidedBySql} then {column} else {otherwise} end";

    static readonly string CasesSql = $"""
        select c.case_id, c.revision, c.rules_version, c.court_code, c.case_number, c.entry_date,
               case when {CaseFigures.DecidedBySql} then c.decision_date end, {CaseFigures.OutcomeAtSql},
               c.mobilisation_era, c.group_case, c.has_published_act and coalesce({CaseFigures.DecidedBySql}, false),
               (select count(*)::int from defendants d where d.case_id = c.case_id)
        from cases c where {Received}
        """;

    static readonly string DefendantsSql = $"""
        select d.case_id, d.ordinal, d.name_hidden,
               d.convicted and coalesce({CaseFigures.DecidedBySql}, false), d.acquitted and coalesce({CaseFigures.DecidedBySql}, false),
               {Decided("d.punishment_kind", "0")}, {Decided("d.term_months", "0")}, {Decided("d.probation_months", "0")},
               {Decided("d.punishment_source", "0")}, {Decided("d.penalty_kind", "0")}, {Decided("d.regime", "0")},
               {Decided("d.fine_rubles", "0")}, {Decided("d.withholding_percent", "0")}, {Decided("d.compulsory_hours", "0")},
               {Decided("d.additional_fine_rubles", "0")}, {Decided("d.additional_restriction_months", "0")},
               {Decided("d.additional_ban_months", "0")}, d.additional_rank_deprived and coalesce({CaseFigures.DecidedBySql}, false),
               d.primary_article, d.primary_part, d.primary_category
        from defendants d join cases c on c.case_id = d.case_id where {Received}
        """;

    static readonly string ChargesSql = $"""
        select ch.case_id, ch.ordinal, ch.article, ch.part, ch.category, ch.mobilisation_era, ch.stage, ch.complicity
        from defendant_charges ch join cases c on c.case_id = ch.case_id where {Received}
        """;

    static readonly string CourtsSql = $"select c.court_code, min(c.court_name) from cases c where {Received} group by c.court_code";

    static readonly string RevisionsSql = $"select c.case_id, c.revision, c.source_url, c.fetched_at, c.page_sha256 from cases c where {Received}";

    public async Task<Release> ReadAsync(DateOnly asOf, IReadOnlyList<string> courtCodes, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // One snapshot for every table: a batch projected meanwhile shows in none of them.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using (var readOnly = new NpgsqlCommand("set transaction read only", connection, transaction))
            await readOnly.ExecuteNonQueryAsync(ct);

        var cases = await RowsAsync(connection, transaction, CasesSql, asOf, courtCodes, r =>
        [
            r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), Date(r, 5), Date(r, 6),
            ProtoNames.Of<Outcome>(r.GetInt16(7)), r.GetBoolean(8), r.GetBoolean(9), r.GetBoolean(10), r.GetInt32(11),
        ], ct);
        var defendants = await RowsAsync(connection, transaction, DefendantsSql, asOf, courtCodes, r =>
        [
            r.GetString(0), r.GetInt32(1), r.GetBoolean(2), r.GetBoolean(3), r.GetBoolean(4),
            ProtoNames.Of<PunishmentKind>(r.GetInt16(5)), r.GetInt32(6), r.GetInt32(7), ProtoNames.Of<FactSource>(r.GetInt16(8)),
            ProtoNames.Of<PenaltyKind>(r.GetInt16(9)), ProtoNames.Of<ColonyRegime>(r.GetInt16(10)), r.GetInt64(11), r.GetInt32(12),
            r.GetInt32(13), r.GetInt64(14), r.GetInt32(15), r.GetInt32(16), r.GetBoolean(17),
            r.GetString(18), r.GetString(19), ProtoNames.Of<Category>(r.GetInt16(20)),
        ], ct);
        var charges = await RowsAsync(connection, transaction, ChargesSql, asOf, courtCodes, r =>
        [
            r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), ProtoNames.Of<Category>(r.GetInt16(4)), r.GetBoolean(5),
            ProtoNames.Of<OffenceStage>(r.GetInt16(6)), ProtoNames.Of<ComplicityRole>(r.GetInt16(7)),
        ], ct);
        var courts = await RowsAsync(connection, transaction, CourtsSql, asOf, courtCodes, r => CourtRow(r.GetString(0), r.GetString(1)), ct);
        var revisions = await RowsAsync(connection, transaction, RevisionsSql, asOf, courtCodes, r =>
        [
            r.GetString(0), r.GetInt32(1), r.GetString(2),
            r.IsDBNull(3) ? null : (DateTimeOffset?)new DateTimeOffset(r.GetFieldValue<DateTime>(3)), r.GetString(4),
        ], ct);
        await using var version = new NpgsqlCommand("select version from data_version", connection, transaction);
        var dataVersion = (long)(await version.ExecuteScalarAsync(ct))!;
        await transaction.CommitAsync(ct);

        var rulesVersion = cases.Count == 0 ? 0 : cases.Max(c => (int)c[2]!);
        var (caseTable, defendantTable) = (new ReleaseTable(ReleaseTables.Cases, cases), new ReleaseTable(ReleaseTables.Defendants, defendants));
        return new Release(asOf, rulesVersion, FigureDefinitions.MethodologyVersion, dataVersion,
        [
            caseTable,
            defendantTable,
            new ReleaseTable(ReleaseTables.Charges, charges),
            new ReleaseTable(ReleaseTables.Courts, courts),
            new ReleaseTable(ReleaseTables.Revisions, revisions),
            CompletenessRows.Of(caseTable, defendantTable),
        ]);
    }

    /// <summary>A court's row: the name its cards give, the rest from the registry (empty for a court it lacks).</summary>
    static object?[] CourtRow(string code, string name)
    {
        var court = CourtRegistry.Current.ByCode(code);
        return [code, name.Length > 0 ? name : court?.Name ?? "", court?.Level.ToString().ToUpperInvariant() ?? "", court?.DistrictCode ?? "",
            court?.Region ?? "", court?.Host ?? ""];
    }

    static async Task<List<object?[]>> RowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, DateOnly asOf,
        IReadOnlyList<string> courtCodes, Func<NpgsqlDataReader, object?[]> read, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = asOf });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. courtCodes] });
        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(read(reader));
        return rows;
    }

    static DateOnly? Date(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetFieldValue<DateOnly>(ordinal);
}
