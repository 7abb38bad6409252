using System.Globalization;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Releases.Completeness;
using Mediazona.Statistics.Figures;
using Mediazona.Statistics.Queries;
using Npgsql;

namespace Mediazona.Statistics.Completeness;

/// <summary>
/// Completeness per court and month as of a date: the cases received by then (every era: a court numbers them all in one
/// sequence) as <see cref="SeenCase"/>s, estimated by <see cref="CompletenessEstimate"/> (the same function the
/// release's completeness table comes from).
/// </summary>
public sealed class CompletenessQuery(NpgsqlDataSource dataSource)
{
    // $1 as_of, $2 court codes (empty: all).
    static readonly string Sql = $"""
        select c.court_code, c.case_number, c.entry_date, coalesce({CaseFigures.DecidedBySql}, false), c.has_published_act,
               coalesce((select bool_and(d.name_hidden) from defendants d where d.case_id = c.case_id), false)
        from cases c
        where {CaseFigures.ReceivedBySql} and (cardinality($2::text[]) = 0 or c.court_code = any($2))
        """;

    public async Task<GetCompletenessResponse> RunAsync(SummaryFilter filter, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = filter.AsOf });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. filter.CourtCodes] });
        var seen = new List<SeenCase>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                seen.Add(new SeenCase(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetBoolean(3),
                    reader.GetBoolean(4), reader.GetBoolean(5)));
        }
        var response = new GetCompletenessResponse { AsOf = filter.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        response.Months.AddRange(CompletenessEstimate.Of(seen).Select(m => new CourtMonthCompleteness
        {
            CourtCode = m.CourtCode,
            Month = $"{m.Year:D4}-{m.Month:D2}",
            Seen = m.Seen,
            EstimatedUnseen = m.EstimatedUnseen,
            Decided = m.Decided,
            DecidedWithoutPublishedAct = m.DecidedWithoutPublishedAct,
            NamesHidden = m.NamesHidden,
            ShareWithoutPublishedAct = m.ShareWithoutPublishedAct ?? 0,
            ShareNamesHidden = m.ShareNamesHidden ?? 0,
        }));
        return response;
    }
}
