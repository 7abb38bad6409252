using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Figures;
using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// Computes a summary in one statement (so every figure and the data version come from one snapshot).
/// Filters are parameters; an absent filter is a NULL that the planner folds away.
/// </summary>
public sealed class SummaryQuery(NpgsqlDataSource dataSource)
{
    // Parameters as in FilterSql. Pending also covers a case whose outcome says pending although the card shows a date.
    // One narrow pass over the filtered cases, grouped by shape (Figures/CaseShape.cs): the shapes' people (all of a
    // case's defendants, or under a charge filter those charged so) times the number of cases (or of verdict cases, for
    // the convicted figures) give every total, and the shapes' category / article arrays (each distinct value once,
    // with its defendant count) are unnested once per distinct array pair (685 for 1 M synthetic cases), not once per shape.
    // Without a court or charge filter only the cases of the edge months are read so; the rest comes from the rollups (RollupSql).
    static readonly string Sql = Build(rollups: false);
    static readonly string RollupsSql = Build(rollups: true);

    static string Build(bool rollups)
    {
        var verdict = CaseFigures.VerdictBySql;
        var pending = CaseFigures.PendingAtSql;
        var rolled = $"from case_rollup c where {FilterSql.WhereDates} and {RollupSql.NotEdgeRollup}";
        // Cases and defendants per category or article: the shapes' arrays, plus the charge rollup's rows that count for that kind.
        string Breakdown(string name, string values, string people, char kind) => $"""
            select x.{name}, sum(x.cases)::bigint as cases, sum(x.defendants)::bigint as defendants
            from (select k.{name}, s.cases, s.cases * k.people as defendants
                  from (select {values}, {people}, sum(cases) as cases from shapes group by 1, 2) s
                  cross join lateral unnest(s.{values}, s.{people}) as k({name}, people)
                  {(rollups ? $"union all select c.{name}, c.cases, c.defendants from charge_rollup c where {RollupSql.CountsFor(kind)} and {FilterSql.WhereDates} and {RollupSql.NotEdgeRollup}" : "")}) x
            group by x.{name}
            """;
        return $$"""
        with groups as (
            select c.shape_id,
                   count(*) as cases,
                   count(*) filter (where {{verdict}}) as verdicts,
                   count(*) filter (where {{pending}}) as pending
            from cases c
            where {{FilterSql.Where}} {{(rollups ? $"and {RollupSql.EdgeCase}" : "")}}
            group by c.shape_id
        ),
        shapes as materialized (
            select g.cases, g.verdicts, g.pending, p.defendants, p.convicted, p.acquitted, p.known, p.suspended,
                   s.categories, s.category_defendants, s.articles, s.article_defendants
            from groups g
            join case_shapes s on s.shape_id = g.shape_id
            cross join lateral {{FilterSql.SelectedPeople}}
        ),
        parts as (
            select cases, verdicts, pending, cases * defendants as defendants, verdicts * convicted as convicted,
                   verdicts * acquitted as acquitted, verdicts * known as known, verdicts * suspended as suspended
            from shapes
            {{(rollups ? $"""
            union all
            select c.cases, case when {verdict} then c.cases else 0 end, case when {pending} then c.cases else 0 end, c.defendants,
                   case when {verdict} then c.convicted else 0 end, case when {verdict} then c.acquitted else 0 end,
                   case when {verdict} then c.known else 0 end, case when {verdict} then c.suspended else 0 end
            {rolled}
            """ : "")}}
        ),
        totals as (
            select coalesce(sum(cases), 0)::bigint as cases, coalesce(sum(verdicts), 0)::bigint as verdicts,
                   coalesce(sum(pending), 0)::bigint as pending, coalesce(sum(defendants), 0)::bigint as defendants,
                   coalesce(sum(convicted), 0)::bigint as convicted, coalesce(sum(acquitted), 0)::bigint as acquitted,
                   coalesce(sum(known), 0)::bigint as known, coalesce(sum(suspended), 0)::bigint as suspended
            from parts
        ),
        by_category as ({{Breakdown("category", "categories", "category_defendants", 'c')}}),
        by_article as ({{Breakdown("article", "articles", "article_defendants", 'a')}})
        select
            (select version from data_version),
            t.cases, t.verdicts, t.pending, t.defendants, t.convicted, t.acquitted, t.known, t.suspended,
            (select coalesce(array_agg(category order by category), '{}') from by_category where cases <> 0),
            (select coalesce(array_agg(cases order by category), '{}') from by_category where cases <> 0),
            (select coalesce(array_agg(defendants order by category), '{}') from by_category where cases <> 0),
            (select coalesce(array_agg(article order by cases desc, article), '{}') from by_article where cases <> 0),
            (select coalesce(array_agg(cases order by cases desc, article), '{}') from by_article where cases <> 0),
            (select coalesce(array_agg(defendants order by cases desc, article), '{}') from by_article where cases <> 0)
        from totals t
        """;
    }

    public async Task<Summary> RunAsync(SummaryFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(filter.ReadsRollups ? RollupsSql : Sql);
        FilterSql.Bind(command, filter);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            throw new InvalidOperationException("the summary query returned no row");

        var categories = reader.GetFieldValue<short[]>(9);
        var categoryCases = reader.GetFieldValue<long[]>(10);
        var categoryDefendants = reader.GetFieldValue<long[]>(11);
        var articles = reader.GetFieldValue<string[]>(12);
        var articleCases = reader.GetFieldValue<long[]>(13);
        var articleDefendants = reader.GetFieldValue<long[]>(14);

        return new Summary(
            filter.AsOf,
            Cases: reader.GetInt64(1),
            Defendants: reader.GetInt64(4),
            VerdictCases: reader.GetInt64(2),
            PendingCases: reader.GetInt64(3),
            ConvictedDefendants: reader.GetInt64(5),
            AcquittedDefendants: reader.GetInt64(6),
            KnownSentences: reader.GetInt64(7),
            SuspendedSentences: reader.GetInt64(8),
            ByCategory: [.. categories.Select((c, i) => new CategoryFigure((Category)c, categoryCases[i], categoryDefendants[i]))],
            ByArticle: [.. articles.Select((a, i) => new ArticleFigure(a, articleCases[i], articleDefendants[i]))],
            DataVersion: reader.GetInt64(0));
    }
}
