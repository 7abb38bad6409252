using System.Diagnostics;
using System.Globalization;
using System.Net;
using Mediazona.Benchmarks.Suite;

namespace Mediazona.Benchmarks.Soak;

/// <summary>
/// Every few seconds, each host's resident memory, threads, open files and CPU time (/proc) and, when it serves
/// /metrics, the managed heap after the last GC (dotnet_gc_last_collection_heap_size_bytes, all generations).
/// A host that is gone or a scrape that fails is an error.
/// </summary>
sealed class MemorySampler(IReadOnlyList<SuiteHost> hosts, string apiKey, TimeSpan every)
{
    /// <param name="Requests">Requests the host itself counted (http_server_request_duration_seconds_count, /metrics and /healthz left out).</param>
    /// <param name="Cases">Cases the host counted through its stage (mediazona_cases_total: stored, classified, projected).</param>
    public sealed record Sample(double Minutes, double RssMiB, double? HeapMiB, int Threads, int OpenFiles, double CpuSeconds, double? Requests, double? Cases);

    readonly Dictionary<string, List<Sample>> _samples = hosts.ToDictionary(h => h.Name, _ => new List<Sample>());
    public ErrorCounter Errors { get; } = new();

    public IReadOnlyList<Sample> SamplesOf(string host) => _samples[host];

    /// <summary>Samples until stopped, and once more then, so the last sample is taken when the load has just stopped.</summary>
    public async Task RunAsync(Stopwatch clock, CancellationToken stop)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        client.DefaultRequestHeaders.TryAddWithoutValidation("x-api-key", apiKey);
        using var timer = new PeriodicTimer(every);
        do
        {
            await SampleAsync(client, clock, stop);
        }
        while (await WaitAsync(timer, stop));
        await SampleAsync(client, clock, CancellationToken.None);
    }

    async Task SampleAsync(HttpClient client, Stopwatch clock, CancellationToken stop)
    {
        foreach (var host in hosts)
        {
            var stats = ProcessStats.Read(host.Pid);
            if (stats is null)
            {
                Errors.Add($"sampling {host.Name}", $"process {host.Pid} is gone");
                continue;
            }
            var metrics = host.Metrics is null ? null : await ScrapeAsync(client, host, stop);
            _samples[host.Name].Add(new Sample(clock.Elapsed.TotalMinutes, stats.RssMiB,
                metrics is null ? null : SumOf(metrics, "dotnet_gc_last_collection_heap_size_bytes") / (1024 * 1024),
                stats.Threads, stats.OpenFiles, stats.CpuSeconds,
                metrics is null ? null : SumOf(metrics, "http_server_request_duration_seconds_count", exceptWith: ["\"/metrics\"", "\"/healthz\"", "\"/alive\""]),
                metrics is null ? null : SumOf(metrics, "mediazona_cases_total")));
        }
    }

    static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    async Task<string?> ScrapeAsync(HttpClient client, SuiteHost host, CancellationToken stop)
    {
        try
        {
            using var request = host.MetricsRequest();
            using var response = await client.SendAsync(request, stop);
            if (!response.IsSuccessStatusCode)
            {
                Errors.Add($"metrics {host.Name}", $"HTTP {(int)response.StatusCode}");
                return null;
            }
            return await response.Content.ReadAsStringAsync(stop);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !stop.IsCancellationRequested)
        {
            Errors.Add($"metrics {host.Name}", ex.Message);
            return null;
        }
    }

    /// <summary>Sum of a Prometheus metric's samples over all its label sets (but those containing any of exceptWith); NaN when absent.</summary>
    public static double SumOf(string exposition, string metric, string[]? exceptWith = null)
    {
        double? sum = null;
        foreach (var line in exposition.Split('\n'))
        {
            if (!line.StartsWith(metric, StringComparison.Ordinal) || line.Length <= metric.Length || line[metric.Length] is not ('{' or ' '))
                continue;
            if (exceptWith is not null && exceptWith.Any(e => line.Contains(e, StringComparison.Ordinal)))
                continue;
            // "name{labels} value [timestamp]": the value is the first field after the labels (a label value may hold a "}": routes like {**rest}).
            var rest = line[(line[metric.Length] == '{' ? line.LastIndexOf('}') + 1 : metric.Length)..];
            var value = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                sum = (sum ?? 0) + parsed;
        }
        return sum ?? double.NaN;
    }
}
