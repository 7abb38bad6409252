namespace Mediazona.Benchmarks;

/// <summary>What to run against; the defaults match a suite started by deploy/local/up.sh.</summary>
sealed record Settings
{
    public int Cases { get; init; } = 50_000;
    public int BatchSize { get; init; } = 500;
    public int Clients { get; init; } = 4;
    public int QuerySeconds { get; init; } = 10;
    public int QueryClients { get; init; } = 32;
    public Uri GatewayGrpc { get; init; } = new("http://127.0.0.1:8081");
    public Uri StatisticsGrpc { get; init; } = new("http://127.0.0.1:5103");
    public string RabbitMq { get; init; } = "amqp://guest:guest@127.0.0.1:55672/";
    public string Postgres { get; init; } = "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";
    public string ApiKey { get; init; } = Environment.GetEnvironmentVariable("MZ_API_KEY") is { Length: > 0 } key ? key : "local-dev-key";
    public string PidDirectory { get; init; } = Path.Combine(".local", "run", "pids");

    public static Settings Parse(string[] args)
    {
        var settings = new Settings();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            settings = args[i] switch
            {
                "--cases" => settings with { Cases = int.Parse(value) },
                "--batch" => settings with { BatchSize = int.Parse(value) },
                "--clients" => settings with { Clients = int.Parse(value) },
                "--query-seconds" => settings with { QuerySeconds = int.Parse(value) },
                "--query-clients" => settings with { QueryClients = int.Parse(value) },
                "--gateway" => settings with { GatewayGrpc = new Uri(value) },
                "--statistics" => settings with { StatisticsGrpc = new Uri(value) },
                "--rabbitmq" => settings with { RabbitMq = value },
                "--postgres" => settings with { Postgres = value },
                "--pids" => settings with { PidDirectory = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return settings;
    }
}
