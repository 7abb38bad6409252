using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Figures;
using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// Published acts and sentence sources per court in one statement; the totals are the sums over courts
/// (each case belongs to one court).
/// </summary>
public sealed class TransparencyQuery(NpgsqlDataSource dataSource)
{
    // Rows: ('c', court, name, verdicts, published, 0) per court, then ('s', court, '', sentences, 0, source) per source.
    // Known sentences by source come from the shapes' source arrays (004_case_shapes.sql), unnested only for verdict
    // cases with a known sentence; under a charge filter they are counted from the defendants charged so instead.
    // Court names compare bytewise, as in CourtBreakdownQuery.
    static readonly string Sql = $"""
        select 'c', c.court_code, max(c.court_name collate "C"), count(*) filter (where {CaseFigures.VerdictBySql}),
               count(*) filter (where {CaseFigures.PublishedActBySql}), 0::smallint
        from cases c
        where {FilterSql.Where}
        group by c.court_code
        union all
        select 's', c.court_code, '', sum(k.known)::bigint, 0::bigint, k.source
        from cases c
        join case_shapes s on s.shape_id = c.shape_id and s.known_count > 0
        cross join lateral unnest(s.source_kinds, s.source_known) as k(source, known)
        where not {FilterSql.ChargeFiltered}
          and {FilterSql.Where}
          and {CaseFigures.VerdictBySql}
        group by c.court_code, k.source
        union all
        select 's', c.court_code, '', count(*), 0::bigint, d.punishment_source
        from cases c
        join defendants d on d.case_id = c.case_id and {SentenceFigures.KnownSentenceSql}
        where {FilterSql.ChargeFiltered}
          and {FilterSql.Where}
          and {CaseFigures.VerdictBySql}
          and exists (select 1 from defendant_charges ch where ch.case_id = d.case_id and ch.ordinal = d.ordinal and {FilterSql.ChargeMatches})
        group by c.court_code, d.punishment_source
        """;

    public async Task<GetTransparencyResponse> RunAsync(SummaryFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        FilterSql.Bind(command, filter);
        var courts = new Dictionary<string, CourtTransparency>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var code = reader.GetString(1);
                if (!courts.TryGetValue(code, out var court))
                    courts[code] = court = new CourtTransparency { CourtCode = code, Figure = new TransparencyFigure() };
                if (reader.GetString(0) == "c")
                {
                    court.CourtName = reader.GetString(2);
                    court.Figure.VerdictCases = reader.GetInt64(3);
                    court.Figure.PublishedVerdictCases = reader.GetInt64(4);
                }
                else
                {
                    court.Figure.KnownSentences += reader.GetInt64(3);
                    court.Figure.BySource.Add(new SourceCount { Source = (FactSource)reader.GetInt16(5), Sentences = reader.GetInt64(3) });
                }
            }
        }
        var response = new GetTransparencyResponse { AsOf = filter.AsOf.ToString("yyyy-MM-dd"), Totals = new TransparencyFigure() };
        foreach (var court in courts.Values.OrderByDescending(c => c.Figure.VerdictCases).ThenBy(c => c.CourtCode, StringComparer.Ordinal))
        {
            Finish(court.Figure);
            response.Courts.Add(court);
        }
        response.Totals.VerdictCases = courts.Values.Sum(c => c.Figure.VerdictCases);
        response.Totals.PublishedVerdictCases = courts.Values.Sum(c => c.Figure.PublishedVerdictCases);
        response.Totals.KnownSentences = courts.Values.Sum(c => c.Figure.KnownSentences);
        response.Totals.BySource.AddRange(courts.Values.SelectMany(c => c.Figure.BySource)
            .GroupBy(s => s.Source).OrderBy(g => g.Key)
            .Select(g => new SourceCount { Source = g.Key, Sentences = g.Sum(s => s.Sentences) }));
        Finish(response.Totals);
        return response;
    }

    static void Finish(TransparencyFigure figure)
    {
        figure.PublishedShare = figure.VerdictCases == 0 ? 0 : (double)figure.PublishedVerdictCases / figure.VerdictCases;
        var sources = figure.BySource.OrderBy(s => s.Source).ToList();
        figure.BySource.Clear();
        figure.BySource.AddRange(sources);
    }
}
