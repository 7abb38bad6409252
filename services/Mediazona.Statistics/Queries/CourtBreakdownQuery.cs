using Mediazona.Contracts.Statistics.V1;
using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>Per-court figures in one statement: cases from the filtered set, people from its defendants.</summary>
public sealed class CourtBreakdownQuery(NpgsqlDataSource dataSource)
{
    const string Sql = $"""
        with {FilterSql.FilteredCte},
        by_case as (
            select court_code, max(court_name) as court_name, count(*) as cases, count(*) filter (where verdict) as verdicts
            from filtered group by court_code
        ),
        by_person as (
            select f.court_code,
                   count(*) as defendants,
                   count(*) filter (where f.verdict and d.convicted) as convicted,
                   count(*) filter (where f.verdict and d.convicted and d.punishment_kind in {FilterSql.KnownKinds}) as known,
                   count(*) filter (where f.verdict and d.convicted and d.punishment_kind = 2) as suspended,
                   coalesce(max(d.term_months) filter (where f.verdict and d.convicted and d.punishment_kind = 1), 0) as longest_real,
                   coalesce(max(d.term_months) filter (where f.verdict and d.convicted and d.punishment_kind = 2), 0) as longest_suspended
            from defendants d join filtered f on f.case_id = d.case_id
            group by f.court_code
        )
        select c.court_code, c.court_name, c.cases, c.verdicts, coalesce(p.defendants, 0), coalesce(p.convicted, 0),
               coalesce(p.known, 0), coalesce(p.suspended, 0), coalesce(p.longest_real, 0), coalesce(p.longest_suspended, 0)
        from by_case c left join by_person p on p.court_code = c.court_code
        order by c.cases desc, c.court_code
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
