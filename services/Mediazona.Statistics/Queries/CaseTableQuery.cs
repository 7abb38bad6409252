using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Figures;
using Npgsql;
using NpgsqlTypes;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// One page of the per-defendant table in (case_id, ordinal) order: keyset paging, so a page costs the
/// same wherever it starts and rows never repeat or shift between pages.
/// </summary>
public sealed class CaseTableQuery(NpgsqlDataSource dataSource)
{
    // $11/$12 the last row of the previous page (null for the first), $13 the page size.
    // Facts decided after as_of are blanked (the case was pending then). Under a charge filter only the defendants
    // charged so are rows, as in the people figures.
    static readonly string Sql = $"""
        select c.case_id, c.court_code, c.court_name, c.case_number, c.entry_date,
               case when {CaseFigures.DecidedBySql} then c.decision_date end,
               {CaseFigures.OutcomeAtSql},
               c.has_published_act and coalesce({CaseFigures.DecidedBySql}, false), d.ordinal,
               d.convicted and {CaseFigures.DecidedBySql}, d.acquitted and {CaseFigures.DecidedBySql},
               (select coalesce(string_agg({ChargeLabels.LabelSql}, '; ' order by ch.article collate "C", ch.part collate "C"), '')
                from defendant_charges ch where ch.case_id = d.case_id and ch.ordinal = d.ordinal),
               d.primary_category,
               case when {CaseFigures.DecidedBySql} then d.punishment_kind else {SqlLiteral.Number(PunishmentKind.Unspecified)}::smallint end,
               case when {CaseFigures.DecidedBySql} then d.term_months else 0 end,
               case when {CaseFigures.DecidedBySql} then d.probation_months else 0 end,
               case when {CaseFigures.DecidedBySql} then d.punishment_source else {SqlLiteral.Number(FactSource.Unspecified)}::smallint end,
               {Decided("d.penalty_kind")}, {Decided("d.regime")}, {Decided("d.fine_rubles")}, {Decided("d.withholding_percent")},
               {Decided("d.compulsory_hours")}, {Decided("d.additional_fine_rubles")}, {Decided("d.additional_restriction_months")},
               {Decided("d.additional_ban_months")}, d.additional_rank_deprived and coalesce({CaseFigures.DecidedBySql}, false),
               d.name_hidden
        from cases c
        join defendants d on d.case_id = c.case_id
        where {FilterSql.Where}
          and (not {FilterSql.ChargeFiltered}
               or exists (select 1 from defendant_charges ch where ch.case_id = d.case_id and ch.ordinal = d.ordinal and {FilterSql.ChargeMatches}))
          and ($11::text is null or (d.case_id, d.ordinal) > ($11, $12))
        order by d.case_id, d.ordinal
        limit $13
        """;

    /// <summary>A sentence fact decided after as_of is blank (0: nothing known) in the table.</summary>
    static string Decided(string column) => $"case when {CaseFigures.DecidedBySql} then {column} else 0 end";

    public async Task<(IReadOnlyList<CaseTableRow> Rows, PageToken? Next)> PageAsync(SummaryFilter filter, PageToken? after, int size,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        FilterSql.Bind(command, filter);
        command.Parameters.Add(FilterSql.Nullable(NpgsqlDbType.Text, after?.CaseId));
        command.Parameters.Add(FilterSql.Nullable(NpgsqlDbType.Integer, after?.Ordinal));
        // One row more than asked tells whether another page follows.
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = size + 1 });
        var rows = new List<CaseTableRow>(size + 1);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                rows.Add(Read(reader));
        }
        if (rows.Count <= size)
            return (rows, null);
        rows.RemoveAt(size);
        var last = rows[^1];
        return (rows, new PageToken(last.CaseId, last.DefendantOrdinal));
    }

    static CaseTableRow Read(NpgsqlDataReader r) => new()
    {
        CaseId = r.GetString(0),
        CourtCode = r.GetString(1),
        CourtName = r.GetString(2),
        CaseNumber = r.GetString(3),
        EntryDate = Date(r, 4),
        DecisionDate = Date(r, 5),
        Outcome = (Outcome)r.GetInt16(6),
        HasPublishedAct = r.GetBoolean(7),
        DefendantOrdinal = r.GetInt32(8),
        Convicted = !r.IsDBNull(9) && r.GetBoolean(9),
        Acquitted = !r.IsDBNull(10) && r.GetBoolean(10),
        Charges = r.GetString(11),
        PrimaryCategory = (Category)r.GetInt16(12),
        PunishmentKind = (PunishmentKind)r.GetInt16(13),
        TermMonths = r.GetInt32(14),
        ProbationMonths = r.GetInt32(15),
        PunishmentSource = (FactSource)r.GetInt16(16),
        PenaltyKind = (PenaltyKind)r.GetInt16(17),
        Regime = (ColonyRegime)r.GetInt16(18),
        FineRubles = r.GetInt64(19),
        WithholdingPercent = r.GetInt32(20),
        CompulsoryHours = r.GetInt32(21),
        AdditionalFineRubles = r.GetInt64(22),
        AdditionalRestrictionOfFreedomMonths = r.GetInt32(23),
        AdditionalBanOnPostsMonths = r.GetInt32(24),
        AdditionalDeprivationOfRank = r.GetBoolean(25),
        NameHidden = r.GetBoolean(26),
    };

    static string Date(NpgsqlDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? "" : r.GetFieldValue<DateOnly>(ordinal).ToString("yyyy-MM-dd");
}
