using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Figures;
using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>Cases received per month of entry and verdicts per month of decision, in one statement.</summary>
public sealed class MonthlyIntakeQuery(NpgsqlDataSource dataSource)
{
    // One pass: cases grouped by (month of entry, month of verdict or null); the months are folded in C#. Without a
    // charge filter only the cases of the edge months are read so; the rest comes from case_rollup (RollupSql).
    static readonly string Sql = Build(rollups: false);
    static readonly string RollupsSql = Build(rollups: true);

    static string Build(bool rollups) => $"""
        select date_trunc('month', c.entry_date)::date,
               case when {CaseFigures.VerdictBySql} then date_trunc('month', c.decision_date)::date end,
               count(*)
        from cases c
        where {FilterSql.Where} {(rollups ? $"and {RollupSql.EdgeCase}" : "")}
        group by 1, 2
        {(rollups ? $"""
        union all
        select c.entry_date, case when {CaseFigures.VerdictBySql} then c.decision_date end, sum(c.cases)::bigint
        from case_rollup c
        where {FilterSql.WhereDates} and {RollupSql.NotEdgeRollup}
        group by 1, 2
        having sum(c.cases) <> 0
        """ : "")}
        """;

    public async Task<GetMonthlyIntakeResponse> RunAsync(SummaryFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(filter.ReadsRollups ? RollupsSql : Sql);
        FilterSql.Bind(command, filter);
        var counts = new List<MonthCount>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var cases = reader.GetInt64(2);
                counts.Add(new MonthCount(reader.GetFieldValue<DateOnly>(0), cases, 0));
                if (!reader.IsDBNull(1))
                    counts.Add(new MonthCount(reader.GetFieldValue<DateOnly>(1), 0, cases));
            }
        }
        var months = MonthlyIntake.Build(counts);
        var response = new GetMonthlyIntakeResponse
        {
            AsOf = filter.AsOf.ToString("yyyy-MM-dd"),
            RecordMonth = months.FirstOrDefault(m => m.Record)?.Month ?? "",
        };
        response.Months.AddRange(months);
        return response;
    }
}
