using Npgsql;

namespace Mediazona.Statistics.Rollups;

/// <summary>
/// Folds the delta rows of every rollup table into one compacted row per key (migration 011), in one transaction: the
/// delta rows deleted and their sums added to the compacted rows. A key's sum, which is all any query reads, does not
/// change; what changes is how many rows the queries read. One compaction at a time (an advisory lock), so that two
/// replicas never update the same compacted rows in different orders.
/// </summary>
public static class RollupCompaction
{
    public const string Key = "mobilisation_era, entry_date, decision_date, outcome";
    public const string Figures = "cases, defendants, convicted, acquitted, known, suspended";

    // Any constant would do: this one is "mzrc".
    const string CompactionLock = "select pg_advisory_xact_lock(1836741219)";

    static string Fold(string table, string key, string[] figures) => $"""
        with delta as (delete from {table} where not compacted returning *)
        insert into {table} as r ({key}, {string.Join(", ", figures)}, compacted)
        select {key}, {string.Join(", ", figures.Select(f => $"sum({f})"))}, true
        from delta
        group by {key}
        having {string.Join(" or ", figures.Select(f => $"sum({f}) <> 0"))}
        on conflict ({key}) where compacted do update set {string.Join(", ", figures.Select(f => $"{f} = r.{f} + excluded.{f}"))}
        """;

    static readonly string[] Statements =
    [
        CompactionLock,
        Fold("case_rollup", Key, Figures.Split(", ")),
        Fold("charge_rollup", $"{Key}, kind, article, part, category", Figures.Split(", ")),
        Fold("court_rollup", $"court_code, court_name, {Key}", Figures.Split(", ")),
        Fold("sentence_rollup", $"{Key}, article, kind, term", ["defendants"]),
    ];

    public static async Task RunAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var sql in Statements)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
