using Mediazona.Ingestion.Storage;
using Mediazona.ServiceDefaults.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Mediazona.Ingestion.Tests.Support;

/// <summary>A fresh, migrated database on the real PostgreSQL named by MZ_TEST_POSTGRES; dropped afterwards.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    string serverConnectionString = "";
    string databaseName = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        serverConnectionString = Environment.GetEnvironmentVariable("MZ_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "MZ_TEST_POSTGRES is not set: these tests need a real PostgreSQL (run them through deploy/local/test.sh, " +
                "or set it, e.g. \"Host=127.0.0.1;Port=45432;Username=postgres\")");
        databaseName = $"ingestion_test_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = databaseName }.ConnectionString;
        await new DatabaseMigrator(connectionString, typeof(CaseStore).Assembly, NullLogger<DatabaseMigrator>.Instance).StartAsync(CancellationToken.None);
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    public async Task DisposeAsync()
    {
        if (DataSource is not null)
            await DataSource.DisposeAsync();
        if (databaseName.Length == 0)
            return;
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{databaseName}\" with (force)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
            command.Parameters.AddWithValue(parameter);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<List<T>> ColumnAsync<T>(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
            command.Parameters.AddWithValue(parameter);
        var values = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            values.Add(reader.GetFieldValue<T>(0));
        return values;
    }

    /// <summary>Highest outbox id so far (0 when none), to look only at rows a test wrote.</summary>
    public Task<long> OutboxMarkAsync() => ScalarAsync<long>("select coalesce(max(id), 0) from outbox");
}
