using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Queries;
using Npgsql;

namespace Mediazona.Statistics.Receipts;

/// <summary>
/// The cases a question counts at a data version: the case_history rows live at that version that pass the filter every
/// query shares (<see cref="FilterSql.Where"/> reads only columns the history keeps).
/// </summary>
public sealed class ReceiptQuery(NpgsqlDataSource dataSource)
{
    static readonly string Sql = $"""
        select c.case_id, c.revision, c.rules_version, c.source_url
        from case_history c
        where c.from_version <= $11 and (c.to_version is null or c.to_version > $11)
          and {FilterSql.Where}
        """;

    public async Task<IReadOnlyList<ReceiptCase>> CasesAsync(SummaryFilter filter, long version, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(Sql);
        FilterSql.Bind(command, filter);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = version });
        var cases = new List<ReceiptCase>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            cases.Add(new ReceiptCase { CaseId = reader.GetString(0), Revision = reader.GetInt32(1), RulesVersion = reader.GetInt32(2), SourceUrl = reader.GetString(3) });
        cases.Sort((a, b) => string.CompareOrdinal(a.CaseId, b.CaseId));
        return cases;
    }
}
