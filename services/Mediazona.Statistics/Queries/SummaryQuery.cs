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
    const string Sql = """
        with filtered as materialized (
            select c.case_id,
                   c.outcome = 2 and c.decision_date <= $1 as verdict,
                   c.outcome in (0, 1) or c.decision_date is null or c.decision_date > $1 as pending
            from cases c
            where c.entry_date <= $1
              and ($2 or c.mobilisation_era)
              and (cardinality($3::text[]) = 0 or c.court_code = any($3))
              and ($7::date is null or c.entry_date >= $7)
              and ($8::date is null or c.entry_date <= $8)
              and (($4::text is null and $6::smallint is null) or exists (
                    select 1 from defendant_charges ch
                    where ch.case_id = c.case_id
                      and ($4::text is null or ch.article = $4)
                      and ($5::text is null or ch.part = $5)
                      and ($6::smallint is null or ch.category = $6)))
        ),
        people as (
            select f.verdict, d.convicted, d.acquitted, d.punishment_kind
            from defendants d join filtered f on f.case_id = d.case_id
        ),
        charged as materialized (
            select ch.case_id, ch.ordinal, ch.category, ch.article
            from defendant_charges ch join filtered f on f.case_id = ch.case_id
        ),
        -- Per case first, then per bucket: hash aggregates only (count(distinct) would sort a million rows).
        by_category as (
            select category, count(*) as cases, sum(people)::bigint as defendants
            from (select category, case_id, count(*) as people
                  from (select distinct case_id, ordinal, category from charged) x group by category, case_id) y
            group by category
        ),
        by_article as (
            select article, count(*) as cases, sum(people)::bigint as defendants
            from (select article, case_id, count(*) as people
                  from (select distinct case_id, ordinal, article from charged) x group by article, case_id) y
            group by article
        )
        select
            (select version from data_version),
            (select count(*) from filtered),
            (select count(*) filter (where verdict) from filtered),
            (select count(*) filter (where pending) from filtered),
            (select count(*) from people),
            (select count(*) filter (where verdict and convicted) from people),
            (select count(*) filter (where verdict and acquitted) from people),
            (select count(*) filter (where verdict and convicted and punishment_kind in (1, 2, 3, 4, 5, 7)) from people),
            (select count(*) filter (where verdict and convicted and punishment_kind = 2) from people),
            (select coalesce(array_agg(category order by category), '{}') from by_category),
            (select coalesce(array_agg(cases order by category), '{}') from by_category),
            (select coalesce(array_agg(defendants order by category), '{}') from by_category),
            (select coalesce(array_agg(article order by cases desc, article), '{}') from by_article),
            (select coalesce(array_agg(cases order by cases desc, article), '{}') from by_article),
            (select coalesce(array_agg(defendants order by cases desc, article), '{}') from by_article)
        """;

    public async Task<Summary> RunAsync(SummaryFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
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
