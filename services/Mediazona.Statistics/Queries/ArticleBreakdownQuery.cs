using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>Article and part figures in one statement: grouping sets give the article totals beside its parts.</summary>
public sealed class ArticleBreakdownQuery(NpgsqlDataSource dataSource)
{
    // Distinct counts without count(distinct): aggregate per case first (hash aggregates, no sorts), then per part
    // or article. A defendant has one charge row per (article, part), so per part the rows are distinct defendants;
    // per article a defendant charged under two parts is folded to one row first.
    const string Sql = $"""
        with {FilterSql.FilteredCte},
        charged as materialized (
            select ch.article, ch.part, ch.category, ch.case_id, ch.ordinal, f.verdict, f.verdict and d.convicted as convicted
            from defendant_charges ch
            join filtered f on f.case_id = ch.case_id
            join defendants d on d.case_id = ch.case_id and d.ordinal = ch.ordinal
        ),
        part_cases as (
            select article, part, min(category) as category, bool_or(verdict) as verdict, count(*) as defendants,
                   count(*) filter (where convicted) as convicted
            from charged group by article, part, case_id
        ),
        article_people as (
            select article, case_id, min(category) as category, bool_or(verdict) as verdict, bool_or(convicted) as convicted
            from charged group by article, case_id, ordinal
        ),
        article_cases as (
            select article, min(category) as category, bool_or(verdict) as verdict, count(*) as defendants,
                   count(*) filter (where convicted) as convicted
            from article_people group by article, case_id
        )
        select article, part, false, min(category), count(*), sum(defendants)::bigint, count(*) filter (where verdict), sum(convicted)::bigint
        from part_cases group by article, part
        union all
        select article, '', true, min(category), count(*), sum(defendants)::bigint, count(*) filter (where verdict), sum(convicted)::bigint
        from article_cases group by article
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
