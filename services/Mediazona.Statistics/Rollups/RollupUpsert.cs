using Npgsql;
using NpgsqlTypes;

namespace Mediazona.Statistics.Rollups;

/// <summary>The statements that add a batch's <see cref="RollupDelta"/> to the rollup tables (migration 008).</summary>
public static class RollupUpsert
{
    const string Figures = "cases, defendants, convicted, acquitted, known, suspended";
    const string Sums = """
        cases = r.cases + excluded.cases, defendants = r.defendants + excluded.defendants, convicted = r.convicted + excluded.convicted,
        acquitted = r.acquitted + excluded.acquitted, known = r.known + excluded.known, suspended = r.suspended + excluded.suspended
        """;
    const string Key = "mobilisation_era, entry_date, decision_date, outcome";

    static readonly string CaseSql = $"""
        insert into case_rollup as r ({Key}, {Figures})
        select * from unnest($1::bool[], $2::date[], $3::date[], $4::smallint[],
                             $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[])
        on conflict ({Key}) do update set {Sums}
        """;

    static readonly string ChargeSql = $"""
        insert into charge_rollup as r ({Key}, kind, article, part, category, {Figures})
        select * from unnest($1::bool[], $2::date[], $3::date[], $4::smallint[],
                             $11::text[], $12::text[], $13::text[], $14::smallint[],
                             $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[])
        on conflict ({Key}, kind, article, part, category) do update set {Sums}
        """;

    public static IEnumerable<NpgsqlBatchCommand> Commands(RollupDelta delta)
    {
        if (delta.Cases.Count > 0)
        {
            var rows = delta.Cases.ToList();
            var command = new NpgsqlBatchCommand(CaseSql);
            command.Parameters.AddRange(Parameters(rows.Select(r => (r.Key, r.Value)).ToList()));
            yield return command;
        }
        if (delta.Charges.Count > 0)
        {
            var rows = delta.Charges.ToList();
            var command = new NpgsqlBatchCommand(ChargeSql);
            command.Parameters.AddRange(Parameters(rows.Select(r => (r.Key.Case, r.Value)).ToList()));
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Key.Kind.ToString())] });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Key.Article)] });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Key.Part)] });
            command.Parameters.Add(new NpgsqlParameter<short[]> { TypedValue = [.. rows.Select(r => r.Key.Category)] });
            yield return command;
        }
    }

    static NpgsqlParameter[] Parameters(IReadOnlyList<(RollupKey Key, RollupFigures Figures)> rows) =>
    [
        new NpgsqlParameter<bool[]> { TypedValue = [.. rows.Select(r => r.Key.MobilisationEra)] },
        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date, Value = rows.Select(r => r.Key.EntryMonth).ToArray() },
        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date, Value = rows.Select(r => r.Key.DecisionMonth).ToArray() },
        new NpgsqlParameter<short[]> { TypedValue = [.. rows.Select(r => r.Key.Outcome)] },
        new NpgsqlParameter<long[]> { TypedValue = [.. rows.Select(r => r.Figures.Cases)] },
        new NpgsqlParameter<long[]> { TypedValue = [.. rows.Select(r => r.Figures.Defendants)] },
        new NpgsqlParameter<long[]> { TypedValue = [.. rows.Select(r => r.Figures.Convicted)] },
        new NpgsqlParameter<long[]> { TypedValue = [.. rows.Select(r => r.Figures.Acquitted)] },
        new NpgsqlParameter<long[]> { TypedValue = [.. rows.Select(r => r.Figures.Known)] },
        new NpgsqlParameter<long[]> { TypedValue = [.. rows.Select(r => r.Figures.Suspended)] },
    ];
}
