using Mediazona.Collection.Storage;
using Mediazona.ServiceDefaults.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Mediazona.Collection.Tests.Support;

/// <summary>A migrated database of its own on the test PostgreSQL (MZ_TEST_POSTGRES), dropped at the end.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    readonly string _server;
    readonly string _name = $"collection_test_{Guid.NewGuid():N}";

    TestDatabase(string server) => _server = server;

    public NpgsqlDataSource DataSource { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("MZ_TEST_POSTGRES") is { Length: > 0 } value ? value
            : throw new InvalidOperationException("MZ_TEST_POSTGRES is not set: start the test infrastructure (deploy/local/infra.sh up test) and export what it prints");
        var database = new TestDatabase(server);
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database._name }.ConnectionString;
        await new DatabaseMigrator(connection, typeof(CrawlStore).Assembly, NullLogger<DatabaseMigrator>.Instance).StartAsync(CancellationToken.None);
        database.DataSource = NpgsqlDataSource.Create(connection);
        database.ConnectionString = connection;
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{_name}\" with (force)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
