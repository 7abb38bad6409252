using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Mediazona.Hosts;
using Npgsql;

namespace Mediazona.Benchmarks.Suite;

/// <summary>
/// The suite's hosts (deploy/Mediazona.Hosts/hosts.json, Release build) started by the benchmark itself on free ports, against the infrastructure of
/// one deploy/local environment, with databases and a RabbitMQ virtual host named for this run (dropped
/// afterwards), so that it never shares queues or rows with another suite on the same infrastructure.
/// Every host gets a metrics port of its own, so the soak reads the runtime's gauges.
/// </summary>
sealed class OwnSuite : IAsyncDisposable
{
    const int RedisDatabase = 7;
    readonly string _id = $"bench{DateTime.UtcNow:HHmmss}{Random.Shared.Next(1000):D3}";
    readonly Settings _settings;
    readonly List<(SuiteHost Host, Process Process, Uri Health)> _hosts = [];
    bool _virtualHostAdded;

    OwnSuite(Settings settings) => _settings = settings;

    public IReadOnlyList<SuiteHost> Hosts => [.. _hosts.Select(h => h.Host)];
    public string LogDirectory => Path.Combine(RepositoryRoot(), ".local", "bench", _id);
    string VirtualHost => _id;
    string IngestionDatabase => RunDatabase(HostCatalog.Named("ingestion").Postgres!);
    string StatisticsDatabase => RunDatabase(HostCatalog.Named("statistics").Postgres!);
    string RunDatabase(string name) => $"{_id}_{name}";

    /// <summary>The settings with this suite's addresses in place of up.sh's.</summary>
    public Settings Apply(Settings settings) => settings with
    {
        GatewayGrpc = GatewayGrpc,
        GatewayHttp = GatewayHttp,
        StatisticsGrpc = StatisticsGrpc,
        InternalSecret = _internalSecret,
        IngestionDatabase = IngestionDatabase,
        StatisticsDatabase = StatisticsDatabase,
        PidDirectory = "",
    };

    readonly string _internalSecret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    Uri GatewayGrpc { get; set; } = null!;
    Uri GatewayHttp { get; set; } = null!;
    Uri StatisticsGrpc { get; set; } = null!;

    /// <param name="extraEnvironment">Settings for every host (e.g. DOTNET_PerfMapEnabled for perf).</param>
    public static async Task<OwnSuite> StartAsync(Settings settings, IReadOnlyDictionary<string, string> extraEnvironment, CancellationToken cancellationToken)
    {
        var suite = new OwnSuite(settings);
        try
        {
            await suite.StartHostsAsync(extraEnvironment, cancellationToken);
            return suite;
        }
        catch
        {
            await suite.DisposeAsync();
            throw;
        }
    }

    async Task StartHostsAsync(IReadOnlyDictionary<string, string> extraEnvironment, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(LogDirectory);
        await InfraScriptAsync("vhost-add", VirtualHost, cancellationToken);
        _virtualHostAdded = true;
        // The hosts and their settings come from their one description (deploy/Mediazona.Hosts/hosts.json), on free ports.
        var placement = new Placement("127.0.0.1", "127.0.0.1", Placement.FreePorts(FreePort),
            database => new NpgsqlConnectionStringBuilder(_settings.Postgres) { Database = RunDatabase(database) }.ConnectionString,
            _settings.RabbitMq.TrimEnd('/') + "/" + VirtualHost, $"{_settings.Redis},defaultDatabase={RedisDatabase}", _internalSecret);
        foreach (var host in HostCatalog.Hosts)
        {
            var environment = HostEnvironment.For(host, placement);
            foreach (var (key, value) in extraEnvironment)
                environment[key] = value;
            if (host.Public)
                environment["Auth__AdminKey"] = _settings.ApiKey; // unlimited, like up.sh's local key
            if (host.Name == "collection")
            {
                // Idle: the benchmark never crawls, and never the real courts' sites.
                environment["Collection__Scheduled"] = "false";
                environment["Collection__RegistryCourts"] = "false";
            }
            Start(host.Name, host.ProjectDirectory, environment, placement.Health(host), placement.Port(host, HostSpec.MetricsPort));
        }
        var gateway = HostCatalog.Named("gateway");
        StatisticsGrpc = placement.Url(HostCatalog.Named("statistics"), HostSpec.GrpcPort);
        GatewayGrpc = placement.Url(gateway, HostSpec.GrpcPort);
        GatewayHttp = placement.Url(gateway, "http");

        await Task.WhenAll(_hosts.Select(h => WaitHealthyAsync(h.Host.Name, h.Process, h.Health, cancellationToken)));
    }

    void Start(string name, string project, Dictionary<string, string> environment, Uri health, int metricsPort)
    {
        var built = name == "ingestion" && _settings.IngestionBin is { } other ? other : Path.Combine(RepositoryRoot(), project, "bin", "Release", "net10.0");
        if (!File.Exists(Path.Combine(built, Path.GetFileName(project) + ".dll")))
            throw new InvalidOperationException($"{built} has no {Path.GetFileName(project)}.dll: dotnet build MediazonaSuite.sln -c Release first");
        // A private copy: a build running meanwhile (other people's, on a shared checkout) rewrites bin/ under a running host.
        var outputDir = Path.Combine(LogDirectory, "bin", name);
        CopyDirectory(built, outputDir);
        var dll = Path.Combine(outputDir, Path.GetFileName(project) + ".dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = outputDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        var log = new StreamWriter(Path.Combine(LogDirectory, name + ".log")) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // The metrics port serves HTTP/1.1 (Prometheus cannot speak h2c).
        _hosts.Add((new SuiteHost(name, process.Id, Path.Combine(LogDirectory, name + ".log"), new Uri($"http://127.0.0.1:{metricsPort}/metrics")), process, health));
    }

    static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.WriteLine(line);
    }

    async Task WaitHealthyAsync(string name, Process process, Uri health, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode}; see {Path.Combine(LogDirectory, name + ".log")}");
            try
            {
                using var response = await client.GetAsync(health, cancellationToken);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
            }
            await Task.Delay(250, cancellationToken);
        }
        throw new TimeoutException($"{name} not healthy after 2 minutes; see {Path.Combine(LogDirectory, name + ".log")}");
    }

    /// <summary>deploy/local/infra.sh ACTION NAME ENV (virtual hosts are made with rabbitmqctl there).</summary>
    async Task InfraScriptAsync(string action, string name, CancellationToken cancellationToken)
    {
        var script = Path.Combine(RepositoryRoot(), "deploy", "local", "infra.sh");
        var start = new ProcessStartInfo("bash", [script, action, name, _settings.InfraEnvironment])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"infra.sh {action} {name} {_settings.InfraEnvironment} failed: {await output}{await errors}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, process, _) in _hosts)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            process.Dispose();
        }
        try
        {
            await using var connection = new NpgsqlConnection(_settings.Postgres);
            await connection.OpenAsync();
            foreach (var database in new[] { IngestionDatabase, StatisticsDatabase })
            {
                await using var drop = new NpgsqlCommand($"drop database if exists \"{database}\" with (force)", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }
        catch (NpgsqlException ex)
        {
            Console.Error.WriteLine($"could not drop the benchmark's databases: {ex.Message}");
        }
        if (_virtualHostAdded)
            await InfraScriptAsync("vhost-delete", VirtualHost, CancellationToken.None);
        // The logs stay; the copied binaries go.
        if (Directory.Exists(Path.Combine(LogDirectory, "bin")))
            Directory.Delete(Path.Combine(LogDirectory, "bin"), recursive: true);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Above the program (dotnet run) or, for a copy of the program elsewhere, above the working directory.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MediazonaSuite.sln")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException($"MediazonaSuite.sln not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}");
    }
}
