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
    // Without a court or charge filter only the cases of the edge months are read so; the rest comes from the rollups (RollupSql).
    static readonly string Sql = Build(rollups: false);
    static readonly string RollupsSql = Build(rollups: true);

    static string Build(bool rollups)
    {
        var verdict = CaseFigures.VerdictBySql;
        string Rolled(char kind, string part, bool total) => rollups ? $"""
            union all
            select c.article, {part}, {(total ? "true" : "false")}, c.category, c.cases, c.defendants,
                   case when {verdict} then c.cases else 0 end, case when {verdict} then c.convicted else 0 end
            from charge_rollup c
            where {RollupSql.CountsFor(kind)} and {FilterSql.WhereDates} and {RollupSql.NotEdgeRollup}
            """ : "";
        return $$"""
        with groups as (
            select c.shape_id, count(*) as cases, count(*) filter (where {{verdict}}) as verdicts
            from cases c
            where {{FilterSql.Where}} {{(rollups ? $"and {RollupSql.EdgeCase}" : "")}}
            group by c.shape_id
        ),
        shapes as materialized (
            select sum(g.cases) as cases, sum(g.verdicts) as verdicts, s.articles, s.article_categories, s.article_defendants,
                   s.article_convicted, s.part_articles, s.parts, s.part_categories, s.part_defendants, s.part_convicted
            from groups g join case_shapes s on s.shape_id = g.shape_id
            group by s.articles, s.article_categories, s.article_defendants, s.article_convicted,
                     s.part_articles, s.parts, s.part_categories, s.part_defendants, s.part_convicted
        )
        select x.article, x.part, x.total, min(x.category), sum(x.cases)::bigint, sum(x.defendants)::bigint,
               sum(x.verdicts)::bigint, sum(x.convicted)::bigint
        from (
            select k.article, k.part, false as total, k.category, s.cases, s.cases * k.people as defendants,
                   s.verdicts, s.verdicts * k.convicted as convicted
            from shapes s
            cross join lateral unnest(s.part_articles, s.parts, s.part_categories, s.part_defendants, s.part_convicted)
                as k(article, part, category, people, convicted)
            union all
            select k.article, '', true, k.category, s.cases, s.cases * k.people, s.verdicts, s.verdicts * k.convicted
            from shapes s
            cross join lateral unnest(s.articles, s.article_categories, s.article_defendants, s.article_convicted)
                as k(article, category, people, convicted)
            {{Rolled('p', "c.part", total: false)}}
            {{Rolled('a', "''", total: true)}}
        ) x
        group by x.article, x.part, x.total
        having sum(x.cases) <> 0
        """;
    }

    public async Task<GetArticleBreakdownResponse> RunAsync(SummaryFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(filter.ReadsRollups ? RollupsSql : Sql);
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
