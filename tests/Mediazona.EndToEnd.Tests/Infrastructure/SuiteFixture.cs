using Mediazona.Hosts;
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
    IReadOnlyList<string> _databases = [];
    string RunDatabase(string name) => $"e2e_{name}_{_runId}";

    public async Task InitializeAsync()
    {
        var logDir = Path.Combine(TestEnvironment.RepositoryRoot(), ".local", "test", "logs", "e2e-" + _runId);
        await InfrastructureControl.AddVirtualHostAsync(VirtualHost);
        // The hosts and their settings come from their one description (deploy/Mediazona.Hosts/hosts.json), on free ports.
        var placement = new Placement("127.0.0.1", "127.0.0.1", Placement.FreePorts(TestEnvironment.FreePort),
            database => new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = RunDatabase(database) }.ConnectionString,
            RabbitMq, TestEnvironment.Redis + ",defaultDatabase=5", InternalSecret);
        _databases = [.. HostCatalog.Hosts.Where(h => h.Postgres is not null).Select(h => RunDatabase(h.Postgres!))];
        var extra = new Dictionary<string, Dictionary<string, string>>
        {
            ["statistics"] = new() { ["Headline__RefreshInterval"] = "00:00:00.500" },
            ["gateway"] = SuiteKeys.GatewayEnvironment(),
            // Never the real courts' sites: no schedule, and only the courts a test points at the fake site.
            // Quick politeness: the fake site is ours (the collector's own tests measure the default pauses).
            ["collection"] = new()
            {
                ["Collection__ApiKey"] = SuiteKeys.Feeder, ["Collection__Scheduled"] = "false", ["Collection__RegistryCourts"] = "false",
                ["Collection__WindowDays"] = "120", ["Collection__Politeness__Delay"] = "00:00:00.010", ["Collection__Politeness__Jitter"] = "00:00:00.010",
                ["Collection__Politeness__RetryBackoff"] = "00:00:00.100", ["Collection__Politeness__GlobalConcurrency"] = "6",
                // A killed collector's courts are free again 10 s after its last heartbeat (the fault test kills it).
                ["Collection__Lease"] = "00:00:10",
            },
        };
        foreach (var host in HostCatalog.Hosts)
            Start(host.Name, host, Settings(host, placement, extra.GetValueOrDefault(host.Name)), placement.Health(host), logDir);

        ServicesDirect = HostCatalog.Hosts.Where(h => !h.Public).ToDictionary(h => h.Name, h => placement.Url(h, HostSpec.GrpcPort));
        StatisticsMetrics = new Uri(placement.Url(HostCatalog.Named("statistics"), HostSpec.MetricsPort), "/metrics");
        var gateway = HostCatalog.Named("gateway");
        (GatewayHttp, GatewayGrpc) = (placement.Url(gateway, "http"), placement.Url(gateway, HostSpec.GrpcPort));

        // A second gateway in front of the same services, on ports of its own, with a small body limit.
        var tight = new Placement(placement.Address, placement.PublicAddress, Placement.FreePorts(TestEnvironment.FreePort),
            placement.Postgres, placement.RabbitMq, placement.Redis, placement.InternalSecret);
        var tightSettings = Settings(gateway, placement, extra["gateway"]);
        foreach (var port in gateway.Ports.Keys)
            tightSettings[$"Ports__{HostSpec.Pascal(port)}"] = tight.Port(gateway, port).ToString(System.Globalization.CultureInfo.InvariantCulture);
        tightSettings["Limits__MaxRequestBodyBytes"] = TightBodyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Start("gateway-tight", gateway, tightSettings, tight.Health(gateway), logDir);
        (TightGatewayHttp, TightGatewayGrpc) = (tight.Url(gateway, "http"), tight.Url(gateway, HostSpec.GrpcPort));

        await Task.WhenAll(_hosts.Select(h => h.WaitHealthyAsync(TimeSpan.FromSeconds(120))));
    }

    Dictionary<string, string> Settings(HostSpec host, Placement placement, Dictionary<string, string>? extra)
    {
        var settings = HostEnvironment.For(host, placement);
        foreach (var (key, value) in _extraEnvironment.Concat(extra ?? []))
            settings[key] = value;
        return settings;
    }

    void Start(string name, HostSpec host, Dictionary<string, string> settings, Uri health, string logDir) =>
        _hosts.Add(HostProcess.Start(name, host.ProjectDirectory, settings, health, logDir));

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
        foreach (var database in _databases)
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
