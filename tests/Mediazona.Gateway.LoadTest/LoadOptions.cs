using System.Globalization;
using System.Net;

namespace Mediazona.Gateway.LoadTest;

/// <summary>Command line: --gateway, --direct, --key, --concurrency, --duration, --warmup, --rounds, --as-of.</summary>
sealed record LoadOptions(Uri Gateway, Uri Direct, string Key, int Concurrency, TimeSpan Duration, TimeSpan Warmup, int Rounds, string AsOf)
{
    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"expected --name value, got '{args[i]}'");
            values[args[i][2..]] = args[i + 1];
        }
        string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        var options = new LoadOptions(
            new Uri(Get("gateway", "http://127.0.0.1:8081")),
            new Uri(Get("direct", "http://127.0.0.1:5103")),
            Get("key", Environment.GetEnvironmentVariable("MZ_API_KEY") ?? "local-dev-key"),
            Bounded(int.Parse(Get("concurrency", "16"), CultureInfo.InvariantCulture), 1, 256, "concurrency"),
            TimeSpan.FromSeconds(Bounded(int.Parse(Get("duration", "10"), CultureInfo.InvariantCulture), 1, 120, "duration")),
            TimeSpan.FromSeconds(Bounded(int.Parse(Get("warmup", "3"), CultureInfo.InvariantCulture), 0, 60, "warmup")),
            Bounded(int.Parse(Get("rounds", "2"), CultureInfo.InvariantCulture), 1, 10, "rounds"),
            Get("as-of", "2024-01-01"));
        // A load generator aimed elsewhere is an attack: loopback only.
        foreach (var target in new[] { options.Gateway, options.Direct })
        {
            if (!IPAddress.TryParse(target.Host, out var address) || !IPAddress.IsLoopback(address))
                throw new ArgumentException($"{target} is not a loopback address: this program only loads a local suite");
        }
        return options;
    }

    static int Bounded(int value, int min, int max, string name) =>
        value >= min && value <= max ? value : throw new ArgumentException($"--{name} must be within {min}..{max}");
}
