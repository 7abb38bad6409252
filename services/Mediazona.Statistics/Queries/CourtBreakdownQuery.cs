using Mediazona.Contracts.Statistics.V1;
using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// Per-court figures in one narrow pass over the filtered cases, grouped by court and shape (004_case_shapes.sql): the
/// shapes' per-case figures give the people, the cases' own longest terms the maxima.
/// </summary>
public sealed class CourtBreakdownQuery(NpgsqlDataSource dataSource)
{
    const string Sql = $"""
        with groups as (
            select c.court_code, c.shape_id, max(c.court_name) as court_name, count(*) as cases,
                   count(*) filter (where c.outcome = 2 and c.decision_date <= $1) as verdicts,
                   coalesce(max(c.longest_real_months) filter (where c.outcome = 2 and c.decision_date <= $1), 0) as longest_real,
                   coalesce(max(c.longest_suspended_months) filter (where c.outcome = 2 and c.decision_date <= $1), 0) as longest_suspended
            from cases c
            where {FilterSql.Where}
            group by c.court_code, c.shape_id
        )
        select g.court_code, max(g.court_name), sum(g.cases)::bigint, sum(g.verdicts)::bigint,
               sum(g.cases * s.defendant_count)::bigint, sum(g.verdicts * s.convicted_count)::bigint,
               sum(g.verdicts * s.known_count)::bigint, sum(g.verdicts * s.suspended_count)::bigint,
               max(g.longest_real), max(g.longest_suspended)
        from groups g join case_shapes s on s.shape_id = g.shape_id
        group by g.court_code
        order by 3 desc, g.court_code
        """;

    public async Task<GetCourtBreakdownResponse> RunAsync(SummaryFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
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
