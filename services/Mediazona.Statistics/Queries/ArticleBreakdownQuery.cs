using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Figures;
using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>Article and part figures in one statement: grouping sets give the article totals beside its parts.</summary>
public sealed class ArticleBreakdownQuery(NpgsqlDataSource dataSource)
{
    // One narrow pass over the filtered cases grouped by shape (004_case_shapes.sql): each shape carries one element per
    // distinct (article, part) and per distinct article of its defendants' charges, with the defendants charged so and
    // how many of them are convicted; "convicted" counts only once the case has its verdict by as_of, so it is
    // multiplied by the shape's verdict cases. Shapes with the same charge arrays are summed before the arrays are
    // unnested (about 1,000 array sets against 37,000 shapes for 1 M synthetic cases).
    static readonly string Sql = $$"""
        with groups as (
            select c.shape_id, count(*) as cases, count(*) filter (where {{CaseFigures.VerdictBySql}}) as verdicts
            from cases c
            where {{FilterSql.Where}}
            group by c.shape_id
        ),
        shapes as materialized (
            select sum(g.cases) as cases, sum(g.verdicts) as verdicts, s.articles, s.article_categories, s.article_defendants,
                   s.article_convicted, s.part_articles, s.parts, s.part_categories, s.part_defendants, s.part_convicted
            from groups g join case_shapes s on s.shape_id = g.shape_id
            group by s.articles, s.article_categories, s.article_defendants, s.article_convicted,
                     s.part_articles, s.parts, s.part_categories, s.part_defendants, s.part_convicted
        )
        select k.article, k.part, false, min(k.category), sum(s.cases)::bigint, sum(s.cases * k.people)::bigint,
               sum(s.verdicts)::bigint, sum(s.verdicts * k.convicted)::bigint
        from shapes s
        cross join lateral unnest(s.part_articles, s.parts, s.part_categories, s.part_defendants, s.part_convicted)
            as k(article, part, category, people, convicted)
        group by k.article, k.part
        union all
        select k.article, '', true, min(k.category), sum(s.cases)::bigint, sum(s.cases * k.people)::bigint,
               sum(s.verdicts)::bigint, sum(s.verdicts * k.convicted)::bigint
        from shapes s
        cross join lateral unnest(s.articles, s.article_categories, s.article_defendants, s.article_convicted)
            as k(article, category, people, convicted)
        group by k.article
        """;

    public async Task<GetArticleBreakdownResponse> RunAsync(SummaryFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
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
