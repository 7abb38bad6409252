using Mediazona.Contracts.Statistics.V1;
using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>Cases received per month of entry and verdicts per month of decision, in one statement.</summary>
public sealed class MonthlyIntakeQuery(NpgsqlDataSource dataSource)
{
    const string Sql = $"""
        with {FilterSql.FilteredCte},
        received as (select date_trunc('month', entry_date)::date as month, count(*) as n from filtered group by 1),
        verdicts as (select date_trunc('month', decision_date)::date as month, count(*) as n from filtered where verdict group by 1)
        select coalesce(r.month, v.month), coalesce(r.n, 0), coalesce(v.n, 0)
        from received r full join verdicts v on v.month = r.month
        """;

    public async Task<GetMonthlyIntakeResponse> RunAsync(SummaryFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        FilterSql.Bind(command, filter);
        var counts = new List<MonthCount>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                counts.Add(new MonthCount(reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1), reader.GetInt64(2)));
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
