using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Figures;
using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// Sentences per article in one statement. The three kinds of rows (counts and term statistics per kind, the
/// case of each maximum, histogram buckets) come as one union tagged by its first column, so that the
/// convicted set is computed once.
/// </summary>
public sealed class SentenceStatsQuery(NpgsqlDataSource dataSource)
{
    // The convicted defendants once per article they are charged with (the defendant's distinct articles, written with
    // it: no join over charges); narrow rows, and the court of each maximum is looked up for the maxima only.
    static readonly string Sql = $"""
        with sentenced as materialized (
            select a.article, d.case_id, d.ordinal, d.punishment_kind as kind, d.term_months as term
            from cases c
            join defendants d on d.case_id = c.case_id and d.convicted
            cross join lateral unnest(d.charge_articles) as a(article)
            where {FilterSql.Where}
              and {CaseFigures.VerdictBySql}
        ),
        maxima as (
            select article, kind, max(term) as term from sentenced where kind in {SentenceFigures.TermKindSql} and term > 0 group by article, kind
        )
        select 'k', article, kind, count(*), min(term) filter (where term > 0), max(term) filter (where term > 0),
               percentile_cont(0.5) within group (order by term) filter (where term > 0),
               percentile_cont(0.9) within group (order by term) filter (where term > 0),
               count(*) filter (where term > 0), null::text, null::text, null::text
        from sentenced group by article, kind
        union all
        select * from (
            select distinct on (m.article, m.kind) 'm', m.article, m.kind, 0::bigint, m.term, m.term, null::float8, null::float8, 0::bigint,
                   c.court_code, c.court_name, c.case_number
            from maxima m
            join sentenced s on s.article = m.article and s.kind = m.kind and s.term = m.term
            join cases c on c.case_id = s.case_id
            order by m.article, m.kind, c.court_code collate "C", c.case_number collate "C") holders
        union all
        select 'h', article, kind, count(*), least(term / 12, 10) * 12, null::int, null::float8, null::float8, 0::bigint,
               null::text, null::text, null::text
        from sentenced where kind in {SentenceFigures.TermKindSql} and term > 0
        group by article, kind, least(term / 12, 10)
        """;

    public async Task<GetSentenceStatsResponse> RunAsync(SummaryFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        FilterSql.Bind(command, filter);
        var articles = new Dictionary<string, ArticleSentences>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var article = reader.GetString(1);
                if (!articles.TryGetValue(article, out var a))
                    articles[article] = a = new ArticleSentences { Article = article, RealTerms = new TermStats(), SuspendedTerms = new TermStats() };
                var kind = (PunishmentKind)reader.GetInt16(2);
                var terms = kind switch { PunishmentKind.Imprisonment => a.RealTerms, PunishmentKind.Suspended => a.SuspendedTerms, _ => null };
                switch (reader.GetString(0))
                {
                    case "k":
                        var count = reader.GetInt64(3);
                        a.ConvictedDefendants += count;
                        if (kind is PunishmentKind.Unspecified or PunishmentKind.Acquitted)
                            break;
                        a.KnownSentences += count;
                        a.ByKind.Add(new KindCount { Kind = kind, Defendants = count });
                        if (terms is not null && reader.GetInt64(8) > 0)
                        {
                            terms.Count = reader.GetInt64(8);
                            terms.MinMonths = reader.GetInt32(4);
                            terms.MaxMonths = reader.GetInt32(5);
                            terms.MedianMonths = reader.GetDouble(6);
                            terms.P90Months = reader.GetDouble(7);
                        }
                        break;
                    case "m" when terms is not null:
                        terms.MaxCourtCode = reader.GetString(9);
                        terms.MaxCourtName = reader.GetString(10);
                        terms.MaxCaseNumber = reader.GetString(11);
                        break;
                    case "h" when terms is not null:
                        var from = reader.GetInt32(4);
                        terms.Histogram.Add(new HistogramBucket { FromMonths = from, ToMonths = from >= 120 ? 0 : from + 12, Count = reader.GetInt64(3) });
                        break;
                }
            }
        }
        var response = new GetSentenceStatsResponse { AsOf = filter.AsOf.ToString("yyyy-MM-dd") };
        foreach (var a in articles.Values.OrderByDescending(a => a.ConvictedDefendants).ThenBy(a => a.Article, StringComparer.Ordinal))
        {
            Sort(a);
            response.Articles.Add(a);
        }
        return response;
    }

    static void Sort(ArticleSentences a)
    {
        var kinds = a.ByKind.OrderBy(k => k.Kind).ToList();
        a.ByKind.Clear();
        a.ByKind.AddRange(kinds);
        var suspended = kinds.FirstOrDefault(k => k.Kind == PunishmentKind.Suspended)?.Defendants ?? 0;
        a.SuspendedShare = a.KnownSentences == 0 ? 0 : (double)suspended / a.KnownSentences;
        foreach (var terms in new[] { a.RealTerms, a.SuspendedTerms })
        {
            var buckets = terms.Histogram.OrderBy(b => b.FromMonths).ToList();
            terms.Histogram.Clear();
            terms.Histogram.AddRange(buckets);
        }
    }
}
