using System.Reflection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mediazona.ServiceDefaults.Storage;

/// <summary>
/// Applies the service's embedded *.sql migrations once each, in name order, under an advisory lock
/// so that replicas starting together do not race. Creates the database when it does not exist.
/// </summary>
public sealed class DatabaseMigrator(string connectionString, Assembly migrations, ILogger<DatabaseMigrator> logger) : IHostedService
{
    const long LockKey = 0x4D5A_4D49_4752; // "MZMIGR"
    static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    const int MaxAttempts = 60;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await EnsureDatabaseAsync(cancellationToken);
                await MigrateAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException ex) when (attempt < MaxAttempts && (ex.IsTransient || ex is PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow }))
            {
                // The server is starting or unreachable: keep trying for a while before giving up.
                logger.LogWarning("PostgreSQL not ready (attempt {Attempt}): {Message}", attempt, ex.Message);
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    async Task EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        try
        {
            await using var probe = new NpgsqlConnection(connectionString);
            await probe.OpenAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"create database \"{target.Database!.Replace("\"", "\"\"")}\"", connection);
            try
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
                logger.LogInformation("Created database {Database}", target.Database);
            }
            catch (PostgresException race) when (race.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another replica created it first.
            }
        }
    }

    async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await Execute(connection, $"select pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            await Execute(connection, """
                create table if not exists schema_migrations (
                    name text primary key,
                    applied_at timestamptz not null default now())
                """, cancellationToken);
            foreach (var (name, sql) in Scripts())
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using var check = new NpgsqlCommand("select 1 from schema_migrations where name = $1", connection, transaction);
                check.Parameters.AddWithValue(name);
                if (await check.ExecuteScalarAsync(cancellationToken) is not null)
                    continue;
                await using (var apply = new NpgsqlCommand(sql, connection, transaction))
                    await apply.ExecuteNonQueryAsync(cancellationToken);
                await using (var record = new NpgsqlCommand("insert into schema_migrations(name) values ($1)", connection, transaction))
                {
                    record.Parameters.AddWithValue(name);
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied migration {Migration}", name);
            }
        }
        finally
        {
            await Execute(connection, $"select pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    IEnumerable<(string Name, string Sql)> Scripts()
    {
        foreach (var resource in migrations.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = migrations.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            // Resource names carry the namespace path; the file name is what identifies a migration.
            var name = resource.Split('.')[^2];
            yield return (name, reader.ReadToEnd());
        }
    }

    static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
