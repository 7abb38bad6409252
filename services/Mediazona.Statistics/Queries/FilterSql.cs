using Mediazona.Statistics.Figures;
using Npgsql;
using NpgsqlTypes;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// The WHERE clause every query shares, over cases aliased <c>c</c>, and its parameters $1–$10:
/// $1 as_of, $2 all_cases, $3 court codes (empty = all), $4 article, $5 part, $6 category, $7 entry_from, $8 entry_to,
/// $9 the charge key the filter names (<see cref="ChargeKeys.ForFilter"/>), $10 the art. 30 stage. An absent filter is
/// a NULL the planner folds away. A query's own parameters start at $11.
/// </summary>
public static class FilterSql
{
    /// <summary>
    /// The date and era part of <see cref="Where"/>: it reads only columns that a rollup row has too (the dates cut to
    /// their month), so it filters case_rollup / charge_rollup rows aliased <c>c</c> as it filters cases (see RollupSql).
    /// </summary>
    public static readonly string WhereDates = $"""
        {CaseFigures.ReceivedBySql}
          and ($2 or {CaseFigures.MobilisationEraSql})
          and ($7::date is null or c.entry_date >= $7)
          and ($8::date is null or c.entry_date <= $8)
        """;

    // Article / part / category select the case shapes (Figures/CaseShape.cs) whose charge keys hold the one key the
    // filter names (one charge matching all of them); the planner hashes that list once (a semi-join) and tests each
    // case's shape_id against it. Declared after WhereDates, which it reads when initialised.
    public static readonly string Where = $"""
        {WhereDates}
          and (cardinality($3::text[]) = 0 or c.court_code = any($3))
          and ($9::text is null or c.shape_id in (select s.shape_id from case_shapes s where s.charge_keys @> array[$9::text]))
        """;

    /// <summary>True when the request filters by charge (article, part or category): the people figures then count only the defendants charged so.</summary>
    public const string ChargeFiltered = "($4::text is not null or $6::smallint is not null)";

    /// <summary>A defendant_charges row aliased <c>ch</c> matches the charge filter.</summary>
    public const string ChargeMatches = """
        ($4::text is null or ch.article = $4) and ($5::text is null or ch.part = $5) and ($6::smallint is null or ch.category = $6)
        and ($10::smallint is null or ch.stage = $10)
        """;

    /// <summary>
    /// The people of a case shape aliased <c>s</c> that a request counts, as one row (defendants, convicted, acquitted,
    /// known, suspended): the whole case without a charge filter, else the element of the shape's (article, part),
    /// article, category or stage arrays that the filter names (a shape that passed <see cref="Where"/> has exactly one).
    /// </summary>
    public const string SelectedPeople = """
        (select s.defendant_count, s.convicted_count, s.acquitted_count, s.known_count, s.suspended_count
         where $4::text is null and $6::smallint is null
         union all
         select k.people, k.convicted, k.acquitted, k.known, k.suspended
         from unnest(s.part_articles, s.parts, s.part_categories, s.part_defendants, s.part_convicted, s.part_acquitted,
                     s.part_known, s.part_suspended) as k(article, part, category, people, convicted, acquitted, known, suspended)
         where $5::text is not null and $10::smallint is null and k.article = $4 and k.part = $5 and ($6::smallint is null or k.category = $6)
         union all
         select k.people, k.convicted, k.acquitted, k.known, k.suspended
         from unnest(s.articles, s.article_categories, s.article_defendants, s.article_convicted, s.article_acquitted,
                     s.article_known, s.article_suspended) as k(article, category, people, convicted, acquitted, known, suspended)
         where $4::text is not null and $5::text is null and $10::smallint is null and k.article = $4 and ($6::smallint is null or k.category = $6)
         union all
         select k.people, k.convicted, k.acquitted, k.known, k.suspended
         from unnest(s.categories, s.category_defendants, s.category_convicted, s.category_acquitted, s.category_known,
                     s.category_suspended) as k(category, people, convicted, acquitted, known, suspended)
         where $4::text is null and $6::smallint is not null and k.category = $6
         union all
         select k.people, k.convicted, k.acquitted, k.known, k.suspended
         from unnest(s.stage_articles, s.stage_parts, s.stages, s.stage_defendants, s.stage_convicted, s.stage_acquitted,
                     s.stage_known, s.stage_suspended) as k(article, part, stage, people, convicted, acquitted, known, suspended)
         where $10::smallint is not null and k.article = $4 and k.part = coalesce($5, '') and k.stage = $10)
        as p(defendants, convicted, acquitted, known, suspended)
        """;

    public static void Bind(NpgsqlCommand command, SummaryFilter filter)
    {
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = filter.AsOf });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = filter.AllCases });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. filter.CourtCodes] });
        command.Parameters.Add(Nullable(NpgsqlDbType.Text, filter.Article));
        command.Parameters.Add(Nullable(NpgsqlDbType.Text, filter.Part));
        command.Parameters.Add(Nullable(NpgsqlDbType.Smallint, filter.Category is { } c ? (short)c : null));
        command.Parameters.Add(Nullable(NpgsqlDbType.Date, filter.EntryFrom));
        command.Parameters.Add(Nullable(NpgsqlDbType.Date, filter.EntryTo));
        command.Parameters.Add(Nullable(NpgsqlDbType.Text, ChargeKeys.ForFilter(filter.Article, filter.Part, filter.Category, filter.Stage)));
        command.Parameters.Add(Nullable(NpgsqlDbType.Smallint, filter.Stage is { } s ? (short)s : null));
    }

    public static NpgsqlParameter Nullable(NpgsqlDbType type, object? value) =>
        new() { NpgsqlDbType = type, Value = value ?? DBNull.Value };
}
