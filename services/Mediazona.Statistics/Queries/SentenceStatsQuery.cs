using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Figures;
using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// Sentences per article in one statement: the convicted defendants of verdict cases counted per (article, punishment
/// kind, term), whose counts give every figure exactly (<see cref="TermCounts"/>), and the case of each maximum term.
/// </summary>
public sealed class SentenceStatsQuery(NpgsqlDataSource dataSource)
{
    static readonly string Sql = Build(rollups: false);
    static readonly string RollupsSql = Build(rollups: true);

    // The convicted defendants once per article they are charged with (the defendant's distinct articles, written with
    // it: no join over charges). Without a court or charge filter they are read from sentence_rollup (migration 010),
    // and only those of the edge months from the cases (RollupSql). Rows: ('t', article, kind, term, defendants) per
    // term, then ('m', article, kind, term, court, name, case number) for the case of each maximum, found from the
    // convicted defendants with that term (an index on kind and term, probed once per maximum), earliest court and case
    // number first.
    static string Build(bool rollups) => $"""
        with sentenced as (
            select a.article, d.punishment_kind as kind, d.term_months as term, 1 as defendants
            from cases c
            join defendants d on d.case_id = c.case_id and d.convicted
            cross join lateral unnest(d.charge_articles) as a(article)
            where {FilterSql.Where}
              and {CaseFigures.VerdictBySql}
              {(rollups ? $"and {RollupSql.EdgeCase}" : "")}
            {(rollups ? $"""
            union all
            select c.article, c.kind, c.term, c.defendants
            from sentence_rollup c
            where {FilterSql.WhereDates} and {RollupSql.NotEdgeRollup} and {CaseFigures.VerdictBySql} and c.defendants <> 0
            """ : "")}
        ),
        terms as materialized (
            select article, kind, term, sum(defendants)::bigint as defendants from sentenced group by article, kind, term
        ),
        maxima as (
            select article, kind, max(term) as term from terms where kind in {SentenceFigures.TermKindSql} and term > 0 group by article, kind
        )
        select 't', article, kind, term, defendants, null::text, null::text, null::text
        from terms
        union all
        select 'm', m.article, m.kind, m.term, 0::bigint, h.court_code, h.court_name, h.case_number
        from maxima m
        cross join lateral (
            select c.court_code, c.court_name, c.case_number
            from defendants d
            join cases c on c.case_id = d.case_id
            where d.convicted and d.punishment_kind = m.kind and d.term_months = m.term and m.article = any(d.charge_articles)
              and {FilterSql.Where}
              and {CaseFigures.VerdictBySql}
            order by c.court_code collate "C", c.case_number collate "C"
            limit 1) h
        """;

    public async Task<GetSentenceStatsResponse> RunAsync(SummaryFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(filter.ReadsRollups ? RollupsSql : Sql);
        FilterSql.Bind(command, filter);
        var articles = new Dictionary<string, ArticleSentences>(StringComparer.Ordinal);
        var terms = new Dictionary<(string Article, PunishmentKind Kind), TermCounts>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var article = reader.GetString(1);
                if (!articles.TryGetValue(article, out var a))
                    articles[article] = a = new ArticleSentences { Article = article, RealTerms = new TermStats(), SuspendedTerms = new TermStats() };
                var kind = (PunishmentKind)reader.GetInt16(2);
                if (reader.GetString(0) == "m")
                {
                    var stats = Terms(a, kind)!;
                    stats.MaxCourtCode = reader.GetString(5);
                    stats.MaxCourtName = reader.GetString(6);
                    stats.MaxCaseNumber = reader.GetString(7);
                    continue;
                }
                if (!terms.TryGetValue((article, kind), out var counts))
                    terms[(article, kind)] = counts = new TermCounts();
                counts.Add(reader.GetInt32(3), reader.GetInt64(4));
            }
        }
        foreach (var ((article, kind), counts) in terms)
            Count(articles[article], kind, counts);
        var response = new GetSentenceStatsResponse { AsOf = filter.AsOf.ToString("yyyy-MM-dd") };
        foreach (var a in articles.Values.OrderByDescending(a => a.ConvictedDefendants).ThenBy(a => a.Article, StringComparer.Ordinal))
        {
            Sort(a);
            response.Articles.Add(a);
        }
        return response;
    }

    /// <summary>The term statistics a punishment kind fills: real and suspended imprisonment have them.</summary>
    static TermStats? Terms(ArticleSentences a, PunishmentKind kind) =>
        kind switch { PunishmentKind.Imprisonment => a.RealTerms, PunishmentKind.Suspended => a.SuspendedTerms, _ => null };

    static void Count(ArticleSentences a, PunishmentKind kind, TermCounts counts)
    {
        var defendants = counts.All;
        a.ConvictedDefendants += defendants;
        if (!SentenceFigures.IsKnownKind(kind))
            return;
        a.KnownSentences += defendants;
        a.ByKind.Add(new KindCount { Kind = kind, Defendants = defendants });
        if (Terms(a, kind) is not { } stats || counts.Count == 0)
            return;
        stats.Count = counts.Count;
        stats.MinMonths = counts.Min;
        stats.MaxMonths = counts.Max;
        stats.MedianMonths = counts.Percentile(0.5);
        stats.P90Months = counts.Percentile(0.9);
        foreach (var (from, count) in counts.Histogram())
            stats.Histogram.Add(new HistogramBucket { FromMonths = from, ToMonths = from >= 120 ? 0 : from + 12, Count = count });
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
