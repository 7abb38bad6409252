using Mediazona.Contracts.Cases.V1;
using Npgsql;
using NpgsqlTypes;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// Computes a summary in one statement (so every figure and the data version come from one snapshot).
/// Filters are parameters; an absent filter is a NULL that the planner folds away.
/// </summary>
public sealed class SummaryQuery(NpgsqlDataSource dataSource)
{
    // $1 as_of, $2 all_cases, $3 court codes (empty = all), $4 article, $5 part, $6 category, $7 entry_from, $8 entry_to.
    // Pending also covers a case whose outcome says pending although the card shows a date.
    // One pass over the filtered cases: the per-case figures of 003_case_figures.sql replace the joins over defendants
    // and charges (a case's category / article arrays hold each distinct value once, with its defendant count).
    // Cases are first folded by the shape of those arrays (a few hundred shapes for a million cases), so the arrays
    // are unnested once per shape rather than once per case.
    const string Sql = $$"""
        with shapes as materialized (
            select c.categories, c.category_defendants, c.articles, c.article_defendants,
                   count(*) as cases,
                   count(*) filter (where c.outcome = 2 and c.decision_date <= $1) as verdicts,
                   count(*) filter (where c.outcome in (0, 1) or c.decision_date is null or c.decision_date > $1) as pending,
                   sum(c.defendant_count) as defendants,
                   sum(c.convicted_count) filter (where c.outcome = 2 and c.decision_date <= $1) as convicted,
                   sum(c.acquitted_count) filter (where c.outcome = 2 and c.decision_date <= $1) as acquitted,
                   sum(c.known_count) filter (where c.outcome = 2 and c.decision_date <= $1) as known,
                   sum(c.suspended_count) filter (where c.outcome = 2 and c.decision_date <= $1) as suspended
            from cases c
            where {{FilterSql.Where}}
            group by c.categories, c.category_defendants, c.articles, c.article_defendants
        ),
        totals as (
            select coalesce(sum(cases), 0)::bigint as cases, coalesce(sum(verdicts), 0)::bigint as verdicts,
                   coalesce(sum(pending), 0)::bigint as pending, coalesce(sum(defendants), 0)::bigint as defendants,
                   coalesce(sum(convicted), 0)::bigint as convicted, coalesce(sum(acquitted), 0)::bigint as acquitted,
                   coalesce(sum(known), 0)::bigint as known, coalesce(sum(suspended), 0)::bigint as suspended
            from shapes
        ),
        by_category as (
            select k.category, sum(s.cases)::bigint as cases, sum(s.cases * k.people)::bigint as defendants
            from shapes s cross join lateral unnest(s.categories, s.category_defendants) as k(category, people)
            group by k.category
        ),
        by_article as (
            select k.article, sum(s.cases)::bigint as cases, sum(s.cases * k.people)::bigint as defendants
            from shapes s cross join lateral unnest(s.articles, s.article_defendants) as k(article, people)
            group by k.article
        )
        select
            (select version from data_version),
            t.cases, t.verdicts, t.pending, t.defendants, t.convicted, t.acquitted, t.known, t.suspended,
            (select coalesce(array_agg(category order by category), '{}') from by_category),
            (select coalesce(array_agg(cases order by category), '{}') from by_category),
            (select coalesce(array_agg(defendants order by category), '{}') from by_category),
            (select coalesce(array_agg(article order by cases desc, article), '{}') from by_article),
            (select coalesce(array_agg(cases order by cases desc, article), '{}') from by_article),
            (select coalesce(array_agg(defendants order by cases desc, article), '{}') from by_article)
        from totals t
        """;

    public async Task<Summary> RunAsync(SummaryFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await AggregateSession.BeginAsync(connection, cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = filter.AsOf });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = filter.AllCases });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. filter.CourtCodes] });
        command.Parameters.Add(Nullable(NpgsqlDbType.Text, filter.Article));
        command.Parameters.Add(Nullable(NpgsqlDbType.Text, filter.Part));
        command.Parameters.Add(Nullable(NpgsqlDbType.Smallint, filter.Category is { } c ? (short)c : null));
        command.Parameters.Add(Nullable(NpgsqlDbType.Date, filter.EntryFrom));
        command.Parameters.Add(Nullable(NpgsqlDbType.Date, filter.EntryTo));

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

    static NpgsqlParameter Nullable(NpgsqlDbType type, object? value) =>
        new() { NpgsqlDbType = type, Value = value ?? DBNull.Value };
}
