using Npgsql;

namespace Mediazona.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The whole suite as real processes: ingestion, classification, statistics and the gateway, on free ports,
/// against the PostgreSQL, RabbitMQ and Redis of deploy/local/test.sh. Databases and the RabbitMQ virtual
/// host are named for this run and dropped afterwards (suites side by side never consume each other's
/// messages); Redis uses a database index of its own.
/// </summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    readonly string _runId = Guid.NewGuid().ToString("N")[..10];
    readonly List<HostProcess> _hosts = [];
    readonly IReadOnlyDictionary<string, string> _extraEnvironment;

    public SuiteFixture() : this(new Dictionary<string, string>())
    {
    }

    /// <param name="extraEnvironment">Settings every host of this suite gets (e.g. log levels).</param>
    internal SuiteFixture(IReadOnlyDictionary<string, string> extraEnvironment) => _extraEnvironment = extraEnvironment;

    /// <summary>The AMQP URI of this suite's own virtual host.</summary>
    public string RabbitMq => TestEnvironment.RabbitMq.TrimEnd('/') + "/" + VirtualHost;
    string VirtualHost => $"e2e-{_runId}";

    public Uri GatewayHttp { get; private set; } = null!;
    public Uri GatewayGrpc { get; private set; } = null!;
    /// <summary>Each service's own h2c port, by name (ingestion, classification, statistics): they answer only the internal credential.</summary>
    public IReadOnlyDictionary<string, Uri> ServicesDirect { get; private set; } = null!;
    /// <summary>This suite's internal secret (Internal__Secret), which the gateway adds to every call it forwards.</summary>
    public string InternalSecret { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    /// <summary>The statistics service's Prometheus endpoint (HTTP/1.1 on its metrics port).</summary>
    public Uri StatisticsMetrics { get; private set; } = null!;
    /// <summary>A second gateway in front of the same services with a 1 MiB body limit, for the oversize tests.</summary>
    public Uri TightGatewayHttp { get; private set; } = null!;
    public Uri TightGatewayGrpc { get; private set; } = null!;
    public const long TightBodyLimit = 1024 * 1024;
    string IngestionDatabase => $"e2e_ingestion_{_runId}";
    string StatisticsDatabase => $"e2e_statistics_{_runId}";

    public async Task InitializeAsync()
    {
        var logDir = Path.Combine(TestEnvironment.RepositoryRoot(), ".local", "test", "logs", "e2e-" + _runId);
        await InfrastructureControl.AddVirtualHostAsync(VirtualHost);
        var common = new Dictionary<string, string>
        {
            ["ConnectionStrings__RabbitMq"] = RabbitMq,
            ["ConnectionStrings__Redis"] = TestEnvironment.Redis + ",defaultDatabase=5",
            ["Ports__Address"] = "127.0.0.1",
            ["Internal__Secret"] = InternalSecret,
        };
        foreach (var (key, value) in _extraEnvironment)
            common[key] = value;
        var ingestion = StartService("ingestion", "services/Mediazona.Ingestion", common, logDir, IngestionDatabase);
        var classification = StartService("classification", "services/Mediazona.Classification", common, logDir, null);
        var statisticsMetrics = TestEnvironment.FreePort();
        var statistics = StartService("statistics", "services/Mediazona.Statistics", common, logDir, StatisticsDatabase, new()
        {
            ["Ports__Metrics"] = statisticsMetrics.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Headline__RefreshInterval"] = "00:00:00.500",
        });
        ServicesDirect = new Dictionary<string, Uri>
        {
            ["ingestion"] = new($"http://127.0.0.1:{ingestion.Port}"),
            ["classification"] = new($"http://127.0.0.1:{classification.Port}"),
            ["statistics"] = new($"http://127.0.0.1:{statistics.Port}"),
        };
        StatisticsMetrics = new Uri($"http://127.0.0.1:{statisticsMetrics}/metrics");

        (GatewayHttp, GatewayGrpc) = StartGateway("gateway", common, logDir, ingestion.Port, classification.Port, statistics.Port, []);
        (TightGatewayHttp, TightGatewayGrpc) = StartGateway("gateway-tight", common, logDir, ingestion.Port, classification.Port, statistics.Port,
            new() { ["Limits__MaxRequestBodyBytes"] = TightBodyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        await Task.WhenAll(_hosts.Select(h => h.WaitHealthyAsync(TimeSpan.FromSeconds(120))));
    }

    /// <summary>A gateway in front of the services, accepting the keys of <see cref="SuiteKeys"/>.</summary>
    (Uri Http, Uri Grpc) StartGateway(string name, Dictionary<string, string> common, string logDir, int ingestion, int classification, int statistics, Dictionary<string, string> extra)
    {
        int http = TestEnvironment.FreePort(), grpc = TestEnvironment.FreePort();
        var environment = new Dictionary<string, string>(common)
        {
            ["Ports__Http"] = http.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ports__Grpc"] = grpc.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Services__Ingestion"] = $"http://127.0.0.1:{ingestion}",
            ["Services__Classification"] = $"http://127.0.0.1:{classification}",
            ["Services__Statistics"] = $"http://127.0.0.1:{statistics}",
        };
        foreach (var (key, value) in SuiteKeys.GatewayEnvironment().Concat(extra))
            environment[key] = value;
        var httpUri = new Uri($"http://127.0.0.1:{http}");
        _hosts.Add(HostProcess.Start(name, "gateway/Mediazona.Gateway", environment, new Uri(httpUri, "/healthz"), http2: false, logDir));
        return (httpUri, new Uri($"http://127.0.0.1:{grpc}"));
    }

    (HostProcess Host, int Port) StartService(string name, string project, Dictionary<string, string> common, string logDir, string? database,
        Dictionary<string, string>? extra = null)
    {
        var port = TestEnvironment.FreePort();
        var environment = new Dictionary<string, string>(common) { ["Ports__Grpc"] = port.ToString() };
        foreach (var (key, value) in extra ?? [])
            environment[key] = value;
        if (database is not null)
            environment["ConnectionStrings__Postgres"] = new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = database }.ConnectionString;
        var host = HostProcess.Start(name, project, environment, new Uri($"http://127.0.0.1:{port}/healthz"), http2: true, logDir);
        _hosts.Add(host);
        return (host, port);
    }

    /// <summary>Kills a host outright (SIGKILL), waits, and starts it again on the same ports until healthy.</summary>
    public Task KillAndRestartAsync(string name, TimeSpan downtime) => RestartAsync(name, new Dictionary<string, string>(), downtime);

    /// <summary>
    /// Stops a host and starts it again on the same ports with extra settings (e.g. a new configuration), until
    /// healthy; the extra settings stay for later restarts of that host.
    /// </summary>
    public async Task RestartAsync(string name, IReadOnlyDictionary<string, string> extraEnvironment, TimeSpan downtime = default)
    {
        var index = _hosts.FindIndex(h => h.Name == name);
        var host = _hosts[index];
        await host.KillAsync();
        await Task.Delay(downtime);
        var restarted = host.StartAgain(extraEnvironment);
        _hosts[index] = restarted;
        await host.DisposeAsync();
        await restarted.WaitHealthyAsync(TimeSpan.FromSeconds(120));
    }

    /// <summary>Where each host (by name: ingestion, classification, statistics, gateway, ...) writes its log.</summary>
    public IReadOnlyDictionary<string, string> LogPaths => _hosts.ToDictionary(h => h.Name, h => h.LogPath);

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
        await InfrastructureControl.DeleteVirtualHostAsync(VirtualHost);
    }
}

[CollectionDefinition(Name)]
public sealed class SuiteCollection : ICollectionFixture<SuiteFixture>
{
    public const string Name = "suite";
}

/// <summary>
/// A suite of its own for the fault tests, which kill its processes and restart the infrastructure under it;
/// test.sh runs them (trait Category=Fault) after every other test, alone.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<SuiteFixture>
{
    public const string Name = "faults";
}
