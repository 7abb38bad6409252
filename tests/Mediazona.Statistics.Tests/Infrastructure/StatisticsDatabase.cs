using Mediazona.ServiceDefaults.Storage;
using Mediazona.Statistics.DataVersion;
using Mediazona.Statistics.Projection;
using Mediazona.Statistics.Queries;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Mediazona.Statistics.Tests.Infrastructure;

/// <summary>
/// A uniquely named PostgreSQL database per test class, migrated by the same DatabaseMigrator the host
/// uses, and dropped afterwards.
/// </summary>
public class StatisticsDatabase : IAsyncLifetime
{
    readonly string name = $"stats_test_{Guid.NewGuid():N}";
    string? connectionString;
    NpgsqlDataSource? dataSource;

    public NpgsqlDataSource DataSource => dataSource ?? throw new InvalidOperationException("not initialised");

    public ProjectionWriter Writer => new(DataSource, new DataVersionSource(new DataVersionQuery(DataSource)), TestMetrics.Suite, NullLogger<ProjectionWriter>.Instance);

    public virtual async Task InitializeAsync()
    {
        connectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = name }.ConnectionString;
        var migrator = new DatabaseMigrator(connectionString, typeof(ProjectionWriter).Assembly, NullLogger<DatabaseMigrator>.Instance);
        await migrator.StartAsync(CancellationToken.None);
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public async Task DisposeAsync()
    {
        if (dataSource is not null)
            await dataSource.DisposeAsync();
        if (connectionString is null)
            return;
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public Task<long> DataVersionAsync() => ScalarAsync<long>("select version from data_version");
}
