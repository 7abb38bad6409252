using Npgsql;
using NpgsqlTypes;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// The WHERE clause every query shares, over cases aliased <c>c</c>, and its parameters $1–$8:
/// $1 as_of, $2 all_cases, $3 court codes (empty = all), $4 article, $5 part, $6 category, $7 entry_from, $8 entry_to.
/// An absent filter is a NULL the planner folds away.
/// </summary>
public static class FilterSql
{
    // Article / part / category select the case shapes (004_case_shapes.sql) with a charge so; the planner computes
    // that list once and tests each case's shape_id against it.
    public const string Where = """
        c.entry_date <= $1
          and ($2 or c.mobilisation_era)
          and (cardinality($3::text[]) = 0 or c.court_code = any($3))
          and ($7::date is null or c.entry_date >= $7)
          and ($8::date is null or c.entry_date <= $8)
          and (($4::text is null and $6::smallint is null) or c.shape_id = any(array(
                select s.shape_id from case_shapes s
                where exists (
                    select 1 from unnest(s.part_articles, s.parts, s.part_categories) as k(article, part, category)
                    where ($4::text is null or k.article = $4)
                      and ($5::text is null or k.part = $5)
                      and ($6::smallint is null or k.category = $6)))))
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
    }

    public static NpgsqlParameter Nullable(NpgsqlDbType type, object? value) =>
        new() { NpgsqlDbType = type, Value = value ?? DBNull.Value };
}
