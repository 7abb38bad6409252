using Npgsql;

namespace Mediazona.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The whole suite as real processes: ingestion, classification, statistics and the gateway, on free ports,
/// against the PostgreSQL, RabbitMQ and Redis of deploy/local/test.sh. Databases are named for this run
/// and dropped afterwards; Redis uses a database index of its own.
/// </summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    readonly string _runId = Guid.NewGuid().ToString("N")[..10];
    readonly List<HostProcess> _hosts = [];

    public Uri GatewayHttp { get; private set; } = null!;
    public Uri GatewayGrpc { get; private set; } = null!;
    public Uri StatisticsDirect { get; private set; } = null!;
    string IngestionDatabase => $"e2e_ingestion_{_runId}";
    string StatisticsDatabase => $"e2e_statistics_{_runId}";

    public async Task InitializeAsync()
    {
        var logDir = Path.Combine(TestEnvironment.RepositoryRoot(), ".local", "test", "logs", "e2e-" + _runId);
        var common = new Dictionary<string, string>
        {
            ["ConnectionStrings__RabbitMq"] = TestEnvironment.RabbitMq,
            ["ConnectionStrings__Redis"] = TestEnvironment.Redis + ",defaultDatabase=5",
            ["Ports__Address"] = "127.0.0.1",
        };
        var ingestion = StartService("ingestion", "services/Mediazona.Ingestion", common, logDir, IngestionDatabase);
        var classification = StartService("classification", "services/Mediazona.Classification", common, logDir, null);
        var statistics = StartService("statistics", "services/Mediazona.Statistics", common, logDir, StatisticsDatabase);
        StatisticsDirect = new Uri($"http://127.0.0.1:{statistics.Port}");

        int http = TestEnvironment.FreePort(), grpc = TestEnvironment.FreePort();
        GatewayHttp = new Uri($"http://127.0.0.1:{http}");
        GatewayGrpc = new Uri($"http://127.0.0.1:{grpc}");
        var gateway = new Dictionary<string, string>(common)
        {
            ["Ports__Http"] = http.ToString(),
            ["Ports__Grpc"] = grpc.ToString(),
            ["Services__Ingestion"] = $"http://127.0.0.1:{ingestion.Port}",
            ["Services__Classification"] = $"http://127.0.0.1:{classification.Port}",
            ["Services__Statistics"] = $"http://127.0.0.1:{statistics.Port}",
        };
        _hosts.Add(HostProcess.Start("gateway", "gateway/Mediazona.Gateway", gateway, new Uri(GatewayHttp, "/healthz"), http2: false, logDir));

        await Task.WhenAll(_hosts.Select(h => h.WaitHealthyAsync(TimeSpan.FromSeconds(120))));
    }

    (HostProcess Host, int Port) StartService(string name, string project, Dictionary<string, string> common, string logDir, string? database)
    {
        var port = TestEnvironment.FreePort();
        var environment = new Dictionary<string, string>(common) { ["Ports__Grpc"] = port.ToString() };
        if (database is not null)
            environment["ConnectionStrings__Postgres"] = new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = database }.ConnectionString;
        var host = HostProcess.Start(name, project, environment, new Uri($"http://127.0.0.1:{port}/healthz"), http2: true, logDir);
        _hosts.Add(host);
        return (host, port);
    }

    /// <summary>The last lines each host logged: attached to failures so CI output explains them.</summary>
    public string Logs() => string.Join("\n\n", _hosts.Select(h => $"--- {h.Name} ({h.LogPath}) ---\n{h.Tail(15)}"));

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
            await host.DisposeAsync();
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        foreach (var database in new[] { IngestionDatabase, StatisticsDatabase })
        {
            await using var drop = new NpgsqlCommand($"drop database if exists \"{database}\" with (force)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SuiteCollection : ICollectionFixture<SuiteFixture>
{
    public const string Name = "suite";
}
