using Mediazona.Statistics.Figures;
using Npgsql;

namespace Mediazona.Statistics.Rollups;

/// <summary>
/// The stored rows of a batch's cases with their shapes, courts and convicted defendants' sentences, read before the
/// batch changes them: what the rollups count now.
/// </summary>
public static class PriorCases
{
    // "convicted" is a FILTER, not a WHERE: as a WHERE it matches the partial index defendants_convicted_term, and with
    // the statistics behind a growing table the planner ANDed that index (every convicted defendant) into each case's
    // lookup: 74 ms a batch of 500 revisions at 20,000 cases, against 3 ms by the primary key.
    const string Sql = """
        select c.case_id, c.mobilisation_era, c.entry_date, c.decision_date, c.outcome,
               s.defendant_count, s.convicted_count, s.acquitted_count, s.known_count, s.suspended_count,
               s.categories, s.category_defendants, s.category_convicted, s.category_acquitted, s.category_known, s.category_suspended,
               s.articles, s.article_categories, s.article_defendants, s.article_convicted, s.article_acquitted, s.article_known, s.article_suspended,
               s.part_articles, s.parts, s.part_categories, s.part_defendants, s.part_convicted, s.part_acquitted, s.part_known, s.part_suspended,
               c.court_code, c.court_name, x.articles, x.kinds, x.terms
        from cases c join case_shapes s on s.shape_id = c.shape_id
        cross join lateral (
            select coalesce(array_agg(a.article) filter (where d.convicted), '{}') as articles,
                   coalesce(array_agg(d.punishment_kind) filter (where d.convicted), '{}') as kinds,
                   coalesce(array_agg(d.term_months) filter (where d.convicted), '{}') as terms
            from defendants d cross join lateral unnest(d.charge_articles) as a(article)
            where d.case_id = c.case_id) x
        where c.case_id = any($1)
        """;

    public static NpgsqlBatchCommand Command(string[] caseIds)
    {
        var command = new NpgsqlBatchCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = caseIds });
        return command;
    }

    public static async Task<Dictionary<string, RolledCase>> ReadAsync(NpgsqlDataReader r, CancellationToken cancellationToken)
    {
        var prior = new Dictionary<string, RolledCase>(StringComparer.Ordinal);
        while (await r.ReadAsync(cancellationToken))
        {
            var key = RollupKey.Of(r.GetBoolean(1), Date(r, 2), Date(r, 3), r.GetInt16(4));
            var categories = r.GetFieldValue<short[]>(10);
            var articles = r.GetFieldValue<string[]>(16);
            var articleCategories = r.GetFieldValue<short[]>(17);
            var partArticles = r.GetFieldValue<string[]>(23);
            var parts = r.GetFieldValue<string[]>(24);
            var partCategories = r.GetFieldValue<short[]>(25);
            var shape = new CaseShape(People(r, 5, 0), [],
                [.. categories.Select((c, i) => new ChargedPeople("", "", c, People(r, 11, i)))],
                [.. articles.Select((a, i) => new ChargedPeople(a, "", articleCategories[i], People(r, 18, i)))],
                [.. parts.Select((p, i) => new ChargedPeople(partArticles[i], p, partCategories[i], People(r, 26, i)))],
                Stages: []); // the rollups do not count stages
            var sentenceArticles = r.GetFieldValue<string[]>(33);
            var kinds = r.GetFieldValue<short[]>(34);
            var terms = r.GetFieldValue<int[]>(35);
            prior[r.GetString(0)] = new RolledCase(key, r.GetString(31), r.GetString(32), shape,
                [.. sentenceArticles.Select((a, i) => new Sentence(a, kinds[i], terms[i]))]);
        }
        return prior;
    }

    /// <summary>Five people counts from five columns starting at <paramref name="first"/> (scalars, or element <paramref name="index"/> of arrays).</summary>
    static People People(NpgsqlDataReader r, int first, int index)
    {
        int At(int column) => r.GetFieldType(column) == typeof(int) ? r.GetInt32(column) : r.GetFieldValue<int[]>(column)[index];
        return new People(At(first), At(first + 1), At(first + 2), At(first + 3), At(first + 4));
    }

    static DateOnly? Date(NpgsqlDataReader r, int column) => r.IsDBNull(column) ? null : r.GetFieldValue<DateOnly>(column);
}
