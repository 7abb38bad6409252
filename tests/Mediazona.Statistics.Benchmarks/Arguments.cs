namespace Mediazona.Statistics.Benchmarks;

/// <summary>Command-line settings with defaults matching deploy/local/infra.sh's test instances.</summary>
public sealed record Arguments(int Cases, int Runs, int Courts, string Postgres, string Redis, string Database, bool Keep, bool Fill,
    Uri? Gateway, string ApiKey, string? Only, int? Writer)
{
    public static Arguments Parse(string[] args)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }
        var cases = int.Parse(Value("--cases") ?? "1000000");
        return new Arguments(
            cases,
            int.Parse(Value("--runs") ?? "10"),
            int.Parse(Value("--courts") ?? "120"),
            Value("--postgres") ?? Environment.GetEnvironmentVariable("MZ_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=45432;Username=postgres",
            Value("--redis") ?? Environment.GetEnvironmentVariable("MZ_TEST_REDIS") ?? "127.0.0.1:46379",
            Value("--database") ?? $"stats_bench_{cases}",
            args.Contains("--keep"),
            !args.Contains("--no-fill"),
            Value("--gateway") is { } gateway ? new Uri(gateway) : null,
            Value("--api-key") ?? Environment.GetEnvironmentVariable("MZ_API_KEY") ?? "local-dev-key",
            Value("--only"),
            Value("--writer") is { } writer ? int.Parse(writer) : null);
    }
}
