using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Figures;
using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// Per-court figures in one statement. Without a charge filter: from court_rollup (migration 010) and the cases of the
/// edge months (RollupSql), with each court's longest terms read from its cases longest first (an index per kind: the
/// first verdict case that passes the filter is the answer). Under a charge filter: one narrow pass over the filtered
/// cases joined to the people of their shapes (004_case_shapes.sql), the longest terms those of the defendants charged
/// so (read from the defendants, for the filtered cases only).
/// </summary>
public sealed class CourtBreakdownQuery(NpgsqlDataSource dataSource)
{
    // Court names compare bytewise (collate "C"): max() only picks the one name a court has, and locale-aware
    // comparison of every row's Cyrillic name would cost more than the rest of the statement.
    // `selected` stays inline: materialized, the planner loses that shape_id is unique there, expects millions of
    // joined rows and sorts the cases for a merge join (1M cases: 3.5 s against 2.0 s with the hash join).
    static readonly string RollupsSql = $"""
        with parts as (
            select c.court_code, c.court_name, c.cases, case when {CaseFigures.VerdictBySql} then c.cases else 0 end as verdicts,
                   c.defendants, case when {CaseFigures.VerdictBySql} then c.convicted else 0 end as convicted,
                   case when {CaseFigures.VerdictBySql} then c.known else 0 end as known,
                   case when {CaseFigures.VerdictBySql} then c.suspended else 0 end as suspended
            from court_rollup c
            where {FilterSql.WhereDates} and {RollupSql.InCourts} and {RollupSql.NotEdgeRollup} and c.cases <> 0
            union all
            select c.court_code, c.court_name, 1, case when {CaseFigures.VerdictBySql} then 1 else 0 end, s.defendant_count,
                   case when {CaseFigures.VerdictBySql} then s.convicted_count else 0 end,
                   case when {CaseFigures.VerdictBySql} then s.known_count else 0 end,
                   case when {CaseFigures.VerdictBySql} then s.suspended_count else 0 end
            from cases c join case_shapes s on s.shape_id = c.shape_id
            where {FilterSql.Where} and {RollupSql.EdgeCase}
        ),
        courts as (
            select court_code, max(court_name collate "C") as court_name, sum(cases)::bigint as cases, sum(verdicts)::bigint as verdicts,
                   sum(defendants)::bigint as defendants, sum(convicted)::bigint as convicted, sum(known)::bigint as known,
                   sum(suspended)::bigint as suspended
            from parts group by court_code
        )
        select f.court_code, f.court_name, f.cases, f.verdicts, f.defendants, f.convicted, f.known, f.suspended,
               {Longest("longest_real_months")}, {Longest("longest_suspended_months")}
        from courts f
        order by 3 desc, f.court_code
        """;

    static string Longest(string column) => $"""
        coalesce((select c.{column} from cases c
                  where c.court_code = f.court_code and c.{column} > 0 and {FilterSql.Where} and {CaseFigures.VerdictBySql}
                  order by c.{column} desc limit 1), 0)
        """;

    static readonly string Sql = $"""
        with selected as not materialized (
            select s.shape_id, p.defendants, p.convicted, p.known, p.suspended
            from case_shapes s cross join lateral {FilterSql.SelectedPeople}
        ),
        longest_charged as (
            select c.court_code, max(d.term_months) filter (where {SentenceFigures.RealSql}) as longest_real,
                   max(d.term_months) filter (where {SentenceFigures.SuspendedSql}) as longest_suspended
            from cases c
            join defendants d on d.case_id = c.case_id and d.convicted
            where {FilterSql.ChargeFiltered}
              and {FilterSql.Where}
              and {CaseFigures.VerdictBySql}
              and exists (select 1 from defendant_charges ch where ch.case_id = d.case_id and ch.ordinal = d.ordinal and {FilterSql.ChargeMatches})
            group by c.court_code
        )
        select c.court_code, max(c.court_name collate "C"), count(*), count(*) filter (where {CaseFigures.VerdictBySql}),
               coalesce(sum(p.defendants), 0),
               coalesce(sum(p.convicted) filter (where {CaseFigures.VerdictBySql}), 0),
               coalesce(sum(p.known) filter (where {CaseFigures.VerdictBySql}), 0),
               coalesce(sum(p.suspended) filter (where {CaseFigures.VerdictBySql}), 0),
               case when {FilterSql.ChargeFiltered} then coalesce(max(l.longest_real), 0)
                    else coalesce(max(c.longest_real_months) filter (where {CaseFigures.VerdictBySql}), 0) end,
               case when {FilterSql.ChargeFiltered} then coalesce(max(l.longest_suspended), 0)
                    else coalesce(max(c.longest_suspended_months) filter (where {CaseFigures.VerdictBySql}), 0) end
        from cases c
        join selected p on p.shape_id = c.shape_id
        left join longest_charged l on l.court_code = c.court_code
        where {FilterSql.Where}
        group by c.court_code
        order by 3 desc, c.court_code
        """;

    public async Task<GetCourtBreakdownResponse> RunAsync(SummaryFilter filter, CancellationToken cancellationToken)
    {
        // The court rollup has the court: it serves a request by court as one without (whatever else reads the cases).
        var rollups = (filter with { CourtCodes = [] }).ReadsRollups;
        await using var command = dataSource.CreateCommand(rollups ? RollupsSql : Sql);
        FilterSql.Bind(command, filter);
        var response = new GetCourtBreakdownResponse { AsOf = filter.AsOf.ToString("yyyy-MM-dd") };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var known = reader.GetInt64(6);
            var suspended = reader.GetInt64(7);
            response.Courts.Add(new CourtFigure
            {
                CourtCode = reader.GetString(0),
                CourtName = reader.GetString(1),
                Cases = reader.GetInt64(2),
                VerdictCases = reader.GetInt64(3),
                Defendants = reader.GetInt64(4),
                ConvictedDefendants = reader.GetInt64(5),
                KnownSentences = known,
                SuspendedSentences = suspended,
                SuspendedShare = known == 0 ? 0 : (double)suspended / known,
                LongestRealMonths = reader.GetInt32(8),
                LongestSuspendedMonths = reader.GetInt32(9),
            });
        }
        return response;
    }
}
