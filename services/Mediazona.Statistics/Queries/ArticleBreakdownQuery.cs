using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>Article and part figures in one statement: grouping sets give the article totals beside its parts.</summary>
public sealed class ArticleBreakdownQuery(NpgsqlDataSource dataSource)
{
    // One pass over the filtered cases: each case carries one element per distinct (article, part) and per distinct
    // article of its defendants' charges, with the defendants charged so and how many of them are convicted
    // (003_case_figures.sql); "convicted" counts only once the case has its verdict by as_of. Cases are folded by
    // the shape of those arrays first, so the arrays are unnested once per shape rather than once per case.
    const string Sql = $$"""
        with shapes as materialized (
            select c.outcome = 2 and c.decision_date <= $1 as verdict,
                   c.articles, c.article_categories, c.article_defendants, c.article_convicted,
                   c.part_articles, c.parts, c.part_categories, c.part_defendants, c.part_convicted,
                   count(*) as cases
            from cases c
            where {{FilterSql.Where}}
            group by 1, c.articles, c.article_categories, c.article_defendants, c.article_convicted,
                     c.part_articles, c.parts, c.part_categories, c.part_defendants, c.part_convicted
        )
        select k.article, k.part, false, min(k.category), sum(s.cases)::bigint, sum(s.cases * k.people)::bigint,
               coalesce(sum(s.cases) filter (where s.verdict), 0)::bigint,
               coalesce(sum(s.cases * k.convicted) filter (where s.verdict), 0)::bigint
        from shapes s
        cross join lateral unnest(s.part_articles, s.parts, s.part_categories, s.part_defendants, s.part_convicted)
            as k(article, part, category, people, convicted)
        group by k.article, k.part
        union all
        select k.article, '', true, min(k.category), sum(s.cases)::bigint, sum(s.cases * k.people)::bigint,
               coalesce(sum(s.cases) filter (where s.verdict), 0)::bigint,
               coalesce(sum(s.cases * k.convicted) filter (where s.verdict), 0)::bigint
        from shapes s
        cross join lateral unnest(s.articles, s.article_categories, s.article_defendants, s.article_convicted)
            as k(article, category, people, convicted)
        group by k.article
        """;

    public async Task<GetArticleBreakdownResponse> RunAsync(SummaryFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await AggregateSession.BeginAsync(connection, cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        FilterSql.Bind(command, filter);
        var articles = new Dictionary<string, ArticleBreakdown>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var article = reader.GetString(0);
                if (!articles.TryGetValue(article, out var breakdown))
                    articles[article] = breakdown = new ArticleBreakdown { Article = article };
                var figure = new PartFigure
                {
                    Part = reader.GetBoolean(2) ? "" : reader.GetString(1),
                    Cases = reader.GetInt64(4),
                    Defendants = reader.GetInt64(5),
                    VerdictCases = reader.GetInt64(6),
                    ConvictedDefendants = reader.GetInt64(7),
                };
                if (reader.GetBoolean(2))
                {
                    breakdown.Totals = figure;
                    breakdown.Category = (Category)reader.GetInt16(3);
                }
                else
                    breakdown.Parts.Add(figure);
            }
        }
        var response = new GetArticleBreakdownResponse { AsOf = filter.AsOf.ToString("yyyy-MM-dd") };
        foreach (var breakdown in articles.Values.OrderByDescending(a => a.Totals.Cases).ThenBy(a => a.Article, StringComparer.Ordinal))
        {
            var parts = breakdown.Parts.OrderBy(p => NumberKey(p.Part)).ThenBy(p => p.Part, StringComparer.Ordinal).ToList();
            breakdown.Parts.Clear();
            breakdown.Parts.AddRange(parts);
            response.Articles.Add(breakdown);
        }
        return response;
    }

    /// <summary>"2.1" sorts after "2" and before "3"; "" first.</summary>
    internal static decimal NumberKey(string part) =>
        decimal.TryParse(part, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
}
