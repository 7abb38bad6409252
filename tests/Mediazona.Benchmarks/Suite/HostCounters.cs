using System.Net;
using Mediazona.Benchmarks.Soak;

namespace Mediazona.Benchmarks.Suite;

/// <summary>
/// The runtime's counters of each host from its /metrics, read before and after a run: JIT time and methods compiled (is
/// the host warm? the JIT's time is wall time, so on a busy machine it includes waiting for a core),
/// bytes allocated (garbage per case) and GC pause time.
/// </summary>
static class HostCounters
{
    public sealed record Reading(double JitSeconds, double JitMethods, double AllocatedBytes, double GcPauseSeconds);

    public static async Task<Dictionary<string, Reading>> ReadAsync(IReadOnlyList<SuiteHost> hosts, string apiKey, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.TryAddWithoutValidation("x-api-key", apiKey);
        var readings = new Dictionary<string, Reading>();
        foreach (var host in hosts.Where(h => h.Metrics is not null))
        {
            try
            {
                using var request = host.MetricsRequest();
                using var response = await client.SendAsync(request, cancellationToken);
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                readings[host.Name] = new Reading(
                    MemorySampler.SumOf(text, "dotnet_jit_compilation_time_seconds_total"),
                    MemorySampler.SumOf(text, "dotnet_jit_compiled_methods_total"),
                    MemorySampler.SumOf(text, "dotnet_gc_heap_total_allocated_bytes_total"),
                    MemorySampler.SumOf(text, "dotnet_gc_pause_time_seconds_total"));
            }
            catch (HttpRequestException)
            {
                // A host without reachable metrics just has no row.
            }
        }
        return readings;
    }
}
