using Mediazona.Contracts.Statistics.V1;
using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// Per-court figures in one narrow pass over the filtered cases joined to their shapes (004_case_shapes.sql): the
/// shapes' per-case figures give the people, the cases' own longest terms the maxima.
/// </summary>
public sealed class CourtBreakdownQuery(NpgsqlDataSource dataSource)
{
    // Court names compare bytewise (collate "C"): max() only picks the one name a court has, and locale-aware
    // comparison of every row's Cyrillic name would cost more than the rest of the statement.
    const string Sql = $"""
        select c.court_code, max(c.court_name collate "C"), count(*), count(*) filter (where c.outcome = 2 and c.decision_date <= $1),
               coalesce(sum(s.defendant_count), 0),
               coalesce(sum(s.convicted_count) filter (where c.outcome = 2 and c.decision_date <= $1), 0),
               coalesce(sum(s.known_count) filter (where c.outcome = 2 and c.decision_date <= $1), 0),
               coalesce(sum(s.suspended_count) filter (where c.outcome = 2 and c.decision_date <= $1), 0),
               coalesce(max(c.longest_real_months) filter (where c.outcome = 2 and c.decision_date <= $1), 0),
               coalesce(max(c.longest_suspended_months) filter (where c.outcome = 2 and c.decision_date <= $1), 0)
        from cases c
        join case_shapes s on s.shape_id = c.shape_id
        where {FilterSql.Where}
        group by c.court_code
        order by 3 desc, c.court_code
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
