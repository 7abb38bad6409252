using System.Globalization;
using Mediazona.Hosts;

namespace Mediazona.Benchmarks;

/// <summary>What to run against; the defaults match a suite started by deploy/local/up.sh.</summary>
sealed record Settings
{
    public int Cases { get; init; } = 50_000;
    /// <summary>Pushed (and counted) before the measured run: JIT tiering, pools and caches settle first.</summary>
    public int WarmUpCases { get; init; } = 10_000;
    public int BatchSize { get; init; } = 500;
    public int Clients { get; init; } = 4;
    public int QuerySeconds { get; init; } = 10;
    public int QueryClients { get; init; } = 32;
    public Uri GatewayGrpc { get; init; } = LocalUrl("gateway", HostSpec.GrpcPort);
    public Uri GatewayHttp { get; init; } = LocalUrl("gateway", "http");
    public Uri StatisticsGrpc { get; init; } = LocalUrl("statistics", HostSpec.GrpcPort);
    public string RabbitMq { get; init; } = "amqp://guest:guest@127.0.0.1:55672/";
    public string Postgres { get; init; } = "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";
    public string Redis { get; init; } = "127.0.0.1:56379";
    /// <summary>Ingestion's database on <see cref="Postgres"/>: the soak counts the stored cases there.</summary>
    public string IngestionDatabase { get; init; } = "mz_ingestion";
    /// <summary>Statistics' database: the benchmark tells its PostgreSQL CPU apart from ingestion's.</summary>
    public string StatisticsDatabase { get; init; } = "mz_statistics";
    public string ApiKey { get; init; } = Environment.GetEnvironmentVariable("MZ_API_KEY") is { Length: > 0 } key ? key : "local-dev-key";
    public string PidDirectory { get; init; } = Path.Combine(".local", "run", "pids");
    /// <summary>
    /// The suite's internal secret, for the calls that go straight to a service (--statistics): MZ_INTERNAL_SECRET, else
    /// the one up.sh made (.local/run/internal.secret); an own suite (--suite start) makes its own.
    /// </summary>
    public string InternalSecret { get; init; } = Environment.GetEnvironmentVariable("MZ_INTERNAL_SECRET") is { Length: > 0 } secret ? secret
        : File.Exists(Path.Combine(".local", "run", "internal.secret")) ? File.ReadAllText(Path.Combine(".local", "run", "internal.secret")).Trim() : "";

    /// <summary>Where up.sh's suite serves a host's port (hosts.json).</summary>
    static Uri LocalUrl(string host, string port) => new($"http://127.0.0.1:{HostCatalog.Named(host).Ports[port].Local}");

    /// <summary>Every call sends the API key (the gateway checks it) and the internal secret (a service checks it; the gateway replaces it).</summary>
    public Grpc.Core.Metadata CallHeaders() => new() { { "x-api-key", ApiKey }, { Mediazona.ServiceDefaults.Security.InternalCredential.Header, InternalSecret } };

    /// <summary>--suite start: the benchmark runs the four hosts itself (own ports, databases, virtual host).</summary>
    public bool StartSuite { get; init; }
    /// <summary>The deploy/local environment whose infrastructure an own suite uses (for its RabbitMQ virtual host).</summary>
    public string InfraEnvironment { get; init; } = "run";
    /// <summary>--host-env NAME=VALUE (repeatable): an extra environment variable for every host of an own suite (e.g. DOTNET_TieredPGO=0).</summary>
    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();
    /// <summary>--ingestion-bin DIR: an own suite runs ingestion from this build output instead (before/after comparisons).</summary>
    public string? IngestionBin { get; init; }
    /// <summary>Only the end-to-end push, without the baselines and query load (e.g. for before/after comparisons).</summary>
    public bool PipelineOnly { get; init; }

    /// <summary>--profile DIR: CPU samples of the named hosts while the pipeline push runs.</summary>
    public string? ProfileDirectory { get; init; }
    public IReadOnlyList<string> ProfileServices { get; init; } = ["ingestion", "classification", "statistics"];
    /// <summary>--no-trace: no dotnet-trace (with --perf: perf alone, so the EventPipe sampler's own cost stays out of perf's numbers).</summary>
    public bool Trace { get; init; } = true;
    /// <summary>--perf: also sample with Linux perf (true CPU time, native frames included; needs --suite start).</summary>
    public bool Perf { get; init; }

    /// <summary>--soak DURATION: the soak instead of the benchmark (e.g. 10m, 90s, 1h).</summary>
    public TimeSpan? Soak { get; init; }
    public Soak.SoakOptions SoakOptions { get; init; } = new();

    public static Settings Parse(string[] args)
    {
        var settings = new Settings();
        for (var i = 0; i < args.Length; i++)
        {
            // Flags without a value first.
            switch (args[i])
            {
                case "--pipeline-only":
                    settings = settings with { PipelineOnly = true };
                    continue;
                case "--perf":
                    settings = settings with { Perf = true };
                    continue;
                case "--no-trace":
                    settings = settings with { Trace = false };
                    continue;
            }
            if (i + 1 >= args.Length)
                throw new ArgumentException($"{args[i]} needs a value");
            var value = args[++i];
            var soak = settings.SoakOptions;
            settings = args[i - 1] switch
            {
                "--cases" => settings with { Cases = int.Parse(value) },
                "--warmup" => settings with { WarmUpCases = int.Parse(value) },
                "--batch" => settings with { BatchSize = int.Parse(value) },
                "--clients" => settings with { Clients = int.Parse(value) },
                "--query-seconds" => settings with { QuerySeconds = int.Parse(value) },
                "--query-clients" => settings with { QueryClients = int.Parse(value) },
                "--gateway" => settings with { GatewayGrpc = new Uri(value) },
                "--gateway-http" => settings with { GatewayHttp = new Uri(value) },
                "--statistics" => settings with { StatisticsGrpc = new Uri(value) },
                "--rabbitmq" => settings with { RabbitMq = value },
                "--postgres" => settings with { Postgres = value },
                "--redis" => settings with { Redis = value },
                "--ingestion-database" => settings with { IngestionDatabase = value },
                "--pids" => settings with { PidDirectory = value },
                "--suite" => value switch
                {
                    "start" => settings with { StartSuite = true },
                    "attach" => settings with { StartSuite = false },
                    _ => throw new ArgumentException("--suite is start or attach"),
                },
                "--infra" => Infra(settings, value),
                "--profile" => settings with { ProfileDirectory = value },
                "--host-env" when value.IndexOf('=', StringComparison.Ordinal) > 0 => settings with
                {
                    HostEnvironment = new Dictionary<string, string>(settings.HostEnvironment) { [value[..value.IndexOf('=', StringComparison.Ordinal)]] = value[(value.IndexOf('=', StringComparison.Ordinal) + 1)..] },
                },
                "--ingestion-bin" => settings with { IngestionBin = Path.GetFullPath(value) },
                "--profile-services" => settings with { ProfileServices = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--soak" => settings with { Soak = ParseDuration(value) },
                "--soak-rate" => settings with { SoakOptions = soak with { CasesPerSecond = double.Parse(value, CultureInfo.InvariantCulture) } },
                "--soak-batch" => settings with { SoakOptions = soak with { BatchSize = int.Parse(value) } },
                "--soak-cards" => settings with { SoakOptions = soak with { CardsPerSecond = double.Parse(value, CultureInfo.InvariantCulture) } },
                "--soak-queries" => settings with { SoakOptions = soak with { QueriesPerSecond = double.Parse(value, CultureInfo.InvariantCulture) } },
                "--soak-sample" => settings with { SoakOptions = soak with { SampleEvery = ParseDuration(value) } },
                "--soak-warmup" => settings with { SoakOptions = soak with { WarmUp = ParseDuration(value) } },
                "--soak-max-slope" => settings with { SoakOptions = soak with { MaxSlopeMiBPerMinute = double.Parse(value, CultureInfo.InvariantCulture) } },
                "--soak-max-growth" => settings with { SoakOptions = soak with { MaxGrowthPercent = double.Parse(value, CultureInfo.InvariantCulture) } },
                _ => throw new ArgumentException($"unknown option {args[i - 1]}"),
            };
        }
        return settings;
    }

    /// <summary>The connection strings of one deploy/local environment (lib.sh's ports).</summary>
    static Settings Infra(Settings settings, string environment)
    {
        var (pg, amqp, redis) = environment switch
        {
            "run" => (55432, 55672, 56379),
            "test" => (45432, 45672, 46379),
            _ => throw new ArgumentException("--infra is run or test"),
        };
        return settings with
        {
            InfraEnvironment = environment,
            Postgres = $"Host=127.0.0.1;Port={pg};Username=postgres;Database=postgres",
            RabbitMq = $"amqp://guest:guest@127.0.0.1:{amqp}/",
            Redis = $"127.0.0.1:{redis}",
        };
    }

    /// <summary>"90s", "10m", "1h" or "500ms"; a bare number is seconds.</summary>
    public static TimeSpan ParseDuration(string value)
    {
        value = value.Trim();
        var (number, unit) = value.EndsWith("ms", StringComparison.Ordinal) ? (value[..^2], "ms")
            : char.IsLetter(value[^1]) ? (value[..^1], value[^1..]) : (value, "s");
        var amount = double.Parse(number, CultureInfo.InvariantCulture);
        return unit switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => throw new ArgumentException($"'{value}' is not a duration (e.g. 90s, 10m, 1h)"),
        };
    }
}
