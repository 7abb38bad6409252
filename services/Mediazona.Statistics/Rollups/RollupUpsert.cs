using Npgsql;
using NpgsqlTypes;

namespace Mediazona.Statistics.Rollups;

/// <summary>
/// The statements that add a batch's <see cref="RollupDelta"/> to the rollup tables (migrations 008, 010). Rows whose
/// delta is nothing (a case counted out and back in unchanged) are not sent.
/// </summary>
public static class RollupUpsert
{
    const string Figures = "cases, defendants, convicted, acquitted, known, suspended";
    const string Sums = """
        cases = r.cases + excluded.cases, defendants = r.defendants + excluded.defendants, convicted = r.convicted + excluded.convicted,
        acquitted = r.acquitted + excluded.acquitted, known = r.known + excluded.known, suspended = r.suspended + excluded.suspended
        """;
    const string Key = "mobilisation_era, entry_date, decision_date, outcome";
    const string KeyAndFigures = """
        $1::bool[], $2::date[], $3::date[], $4::smallint[], $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[]
        """;

    static readonly string CaseSql = $"""
        insert into case_rollup as r ({Key}, {Figures})
        select * from unnest({KeyAndFigures})
        on conflict ({Key}) do update set {Sums}
        """;

    static readonly string ChargeSql = $"""
        insert into charge_rollup as r ({Key}, {Figures}, kind, article, part, category)
        select * from unnest({KeyAndFigures}, $11::text[], $12::text[], $13::text[], $14::smallint[])
        on conflict ({Key}, kind, article, part, category) do update set {Sums}
        """;

    static readonly string CourtSql = $"""
        insert into court_rollup as r ({Key}, {Figures}, court_code, court_name)
        select * from unnest({KeyAndFigures}, $11::text[], $12::text[])
        on conflict (court_code, court_name, {Key}) do update set {Sums}
        """;

    static readonly string SentenceSql = $"""
        insert into sentence_rollup as r ({Key}, article, kind, term, defendants)
        select * from unnest($1::bool[], $2::date[], $3::date[], $4::smallint[], $5::text[], $6::smallint[], $7::int[], $8::bigint[])
        on conflict ({Key}, article, kind, term) do update set defendants = r.defendants + excluded.defendants
        """;

    static readonly RollupFigures Nothing = new(0, 0, 0, 0, 0, 0);

    public static IEnumerable<NpgsqlBatchCommand> Commands(RollupDelta delta)
    {
        var cases = delta.Cases.Where(r => r.Value != Nothing).ToList();
        if (cases.Count > 0)
            yield return Command(CaseSql, cases, r => r.Key);

        var charges = delta.Charges.Where(r => r.Value != Nothing).ToList();
        if (charges.Count > 0)
        {
            var command = Command(ChargeSql, charges, r => r.Key.Case);
            command.Parameters.Add(Array(charges, r => r.Key.Kinds));
            command.Parameters.Add(Array(charges, r => r.Key.Article));
            command.Parameters.Add(Array(charges, r => r.Key.Part));
            command.Parameters.Add(Array(charges, r => r.Key.Category));
            yield return command;
        }

        var courts = delta.Courts.Where(r => r.Value != Nothing).ToList();
        if (courts.Count > 0)
        {
            var command = Command(CourtSql, courts, r => r.Key.Case);
            command.Parameters.Add(Array(courts, r => r.Key.CourtCode));
            command.Parameters.Add(Array(courts, r => r.Key.CourtName));
            yield return command;
        }

        var sentences = delta.Sentences.Where(r => r.Value != 0).ToList();
        if (sentences.Count > 0)
        {
            var command = new NpgsqlBatchCommand(SentenceSql);
            command.Parameters.AddRange(KeyParameters(sentences.Select(r => r.Key.Case).ToList()));
            command.Parameters.Add(Array(sentences, r => r.Key.Article));
            command.Parameters.Add(Array(sentences, r => r.Key.Kind));
            command.Parameters.Add(Array(sentences, r => r.Key.Term));
            command.Parameters.Add(Array(sentences, r => r.Value));
            yield return command;
        }
    }

    static NpgsqlBatchCommand Command<TKey>(string sql, IReadOnlyList<KeyValuePair<TKey, RollupFigures>> rows, Func<KeyValuePair<TKey, RollupFigures>, RollupKey> key)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(KeyParameters(rows.Select(key).ToList()));
        command.Parameters.Add(Array(rows, r => r.Value.Cases));
        command.Parameters.Add(Array(rows, r => r.Value.Defendants));
        command.Parameters.Add(Array(rows, r => r.Value.Convicted));
        command.Parameters.Add(Array(rows, r => r.Value.Acquitted));
        command.Parameters.Add(Array(rows, r => r.Value.Known));
        command.Parameters.Add(Array(rows, r => r.Value.Suspended));
        return command;
    }

    static NpgsqlParameter[] KeyParameters(IReadOnlyList<RollupKey> keys) =>
    [
        Array(keys, k => k.MobilisationEra),
        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date, Value = keys.Select(k => k.EntryMonth).ToArray() },
        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date, Value = keys.Select(k => k.DecisionMonth).ToArray() },
        Array(keys, k => k.Outcome),
    ];

    static NpgsqlParameter<T[]> Array<TRow, T>(IReadOnlyList<TRow> rows, Func<TRow, T> column) =>
        new() { TypedValue = rows.Select(column).ToArray() };
}
