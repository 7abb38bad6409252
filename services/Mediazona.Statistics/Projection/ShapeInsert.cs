using Mediazona.Statistics.Figures;
using Npgsql;

namespace Mediazona.Statistics.Projection;

/// <summary>
/// The statement that adds a batch's new case shapes to <c>case_shapes</c> (a dictionary that only grows): one row per
/// shape id, in id order so that two writers adding the same shapes wait for each other instead of deadlocking.
/// Array columns travel as array literals (one text per shape), since unnest cannot carry arrays of arrays.
/// </summary>
public static class ShapeInsert
{
    const string Sql = """
        insert into case_shapes (shape_id, fingerprint, defendant_count, convicted_count, acquitted_count, known_count, suspended_count,
                                 source_kinds, source_known, categories, category_defendants, category_convicted, category_acquitted,
                                 category_known, category_suspended, articles, article_categories, article_defendants, article_convicted,
                                 article_acquitted, article_known, article_suspended, part_articles, parts, part_categories,
                                 part_defendants, part_convicted, part_acquitted, part_known, part_suspended, charge_keys,
                                 stage_articles, stage_parts, stages, stage_defendants, stage_convicted, stage_acquitted,
                                 stage_known, stage_suspended)
        select i.id, i.fingerprint, i.defendants, i.convicted, i.acquitted, i.known, i.suspended,
               i.a[1]::smallint[], i.a[2]::integer[], i.a[3]::smallint[], i.a[4]::integer[], i.a[5]::integer[], i.a[6]::integer[],
               i.a[7]::integer[], i.a[8]::integer[], i.a[9]::text[], i.a[10]::smallint[], i.a[11]::integer[], i.a[12]::integer[],
               i.a[13]::integer[], i.a[14]::integer[], i.a[15]::integer[], i.a[16]::text[], i.a[17]::text[], i.a[18]::smallint[],
               i.a[19]::integer[], i.a[20]::integer[], i.a[21]::integer[], i.a[22]::integer[], i.a[23]::integer[], i.a[24]::text[],
               i.a[25]::text[], i.a[26]::text[], i.a[27]::smallint[], i.a[28]::integer[], i.a[29]::integer[], i.a[30]::integer[],
               i.a[31]::integer[], i.a[32]::integer[]
        from (select u.id, u.fingerprint, u.defendants, u.convicted, u.acquitted, u.known, u.suspended, string_to_array(u.arrays, chr(31)) as a
              from unnest($1::bigint[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::text[])
                   as u(id, fingerprint, defendants, convicted, acquitted, known, suspended, arrays)) i
        order by i.id
        on conflict do nothing
        """;

    public static NpgsqlBatchCommand Command(IReadOnlyList<CaseVector> shapes)
    {
        var command = new NpgsqlBatchCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. shapes.Select(s => s.ShapeId)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. shapes.Select(s => s.Fingerprint)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. shapes.Select(s => s.Shape.People.Defendants)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. shapes.Select(s => s.Shape.People.Convicted)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. shapes.Select(s => s.Shape.People.Acquitted)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. shapes.Select(s => s.Shape.People.Known)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. shapes.Select(s => s.Shape.People.Suspended)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. shapes.Select(s => Arrays(s.Shape))] });
        return command;
    }

    /// <summary>The shape's 32 array columns as array literals, joined by the unit separator (never part of an article or part).</summary>
    static string Arrays(CaseShape s)
    {
        IEnumerable<string> People(IReadOnlyList<People> group) =>
        [
            ArrayLiteral.Ints(group.Select(g => g.Defendants)), ArrayLiteral.Ints(group.Select(g => g.Convicted)),
            ArrayLiteral.Ints(group.Select(g => g.Acquitted)), ArrayLiteral.Ints(group.Select(g => g.Known)), ArrayLiteral.Ints(group.Select(g => g.Suspended)),
        ];
        IReadOnlyList<People> Of(IEnumerable<ChargedPeople> group) => [.. group.Select(g => g.People)];
        string[] columns =
        [
            ArrayLiteral.Ints(s.Sources.Select(x => (int)x.Source)), ArrayLiteral.Ints(s.Sources.Select(x => x.Known)),
            ArrayLiteral.Ints(s.Categories.Select(c => (int)c.Category)), .. People(Of(s.Categories)),
            ArrayLiteral.Texts(s.Articles.Select(a => a.Article)), ArrayLiteral.Ints(s.Articles.Select(a => (int)a.Category)), .. People(Of(s.Articles)),
            ArrayLiteral.Texts(s.Parts.Select(p => p.Article)), ArrayLiteral.Texts(s.Parts.Select(p => p.Part)), ArrayLiteral.Ints(s.Parts.Select(p => (int)p.Category)), .. People(Of(s.Parts)),
            ArrayLiteral.Texts(s.ChargeKeys()),
            ArrayLiteral.Texts(s.Stages.Select(x => x.Article)), ArrayLiteral.Texts(s.Stages.Select(x => x.Part)),
            ArrayLiteral.Ints(s.Stages.Select(x => (int)x.Stage)), .. People([.. s.Stages.Select(x => x.People)]),
        ];
        return string.Join('\u001f', columns);
    }
}
