using Mediazona.Testing;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Npgsql;
using NpgsqlTypes;

namespace Mediazona.Benchmarks;

/// <summary>
/// The storage ceiling: the same case rows (id, revision, hash, protobuf payload) written by binary COPY and by
/// 500-row upserts into an unlogged-free, indexed table, in a scratch table dropped afterwards.
/// </summary>
static class PostgresBaseline
{
    public sealed record Result(double CopyRowsPerSecond, double UpsertRowsPerSecond);

    public static async Task<Result> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var rows = Enumerable.Range(0, settings.Cases).Select(i =>
        {
            var payload = SyntheticCases.Case(i, ["99GV0002"], "pg").ToByteArray();
            return (Id: Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"pg|{i}")))[..32], Payload: payload,
                Hash: Convert.ToHexStringLower(SHA256.HashData(payload)));
        }).ToList();

        await using var dataSource = NpgsqlDataSource.Create(settings.Postgres);
        var table = $"mz_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(dataSource, $"create table {table} (case_id text not null, revision int not null, content_hash text not null, payload bytea not null, primary key (case_id, revision))", cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
            await using (var writer = await connection.BeginBinaryImportAsync($"copy {table} (case_id, revision, content_hash, payload) from stdin (format binary)", cancellationToken))
            {
                foreach (var row in rows)
                {
                    await writer.StartRowAsync(cancellationToken);
                    await writer.WriteAsync(row.Id, NpgsqlDbType.Text, cancellationToken);
                    await writer.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(row.Hash, NpgsqlDbType.Text, cancellationToken);
                    await writer.WriteAsync(row.Payload, NpgsqlDbType.Bytea, cancellationToken);
                }
                await writer.CompleteAsync(cancellationToken);
            }
            var copy = rows.Count / clock.Elapsed.TotalSeconds;

            clock.Restart();
            foreach (var chunk in rows.Chunk(500))
            {
                await using var upsert = dataSource.CreateCommand($"""
                    insert into {table} (case_id, revision, content_hash, payload)
                    select id, 2, hash, payload from unnest($1::text[], $2::text[], $3::bytea[]) as t(id, hash, payload)
                    on conflict (case_id, revision) do update set content_hash = excluded.content_hash, payload = excluded.payload
                    """);
                upsert.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Id).ToArray() });
                upsert.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Hash).ToArray() });
                upsert.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Payload).ToArray() });
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }
            return new Result(copy, rows.Count / clock.Elapsed.TotalSeconds);
        }
        finally
        {
            await ExecuteAsync(dataSource, $"drop table if exists {table}", CancellationToken.None);
        }
    }

    static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
