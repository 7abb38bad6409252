using System.Globalization;
using Grpc.Core;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Gateway.LoadTest;

// Cached GetSummary, through the gateway's h2c port and straight at the statistics service, in alternating rounds
// of the same run so that both see the same machine state. See docs/gateway.md.
var options = LoadOptions.Parse(args);
var request = new GetSummaryRequest { AsOf = options.AsOf };
using var gateway = LoadRun.Channel(options.Gateway);
using var direct = LoadRun.Channel(options.Direct);
var keyed = new Metadata { { "x-api-key", options.Key } };
var none = new Metadata();

// One call each first: fills the cache, and a wrong key or a stopped suite fails here with its reason.
await new StatisticsService.StatisticsServiceClient(gateway).GetSummaryAsync(request, keyed);
await new StatisticsService.StatisticsServiceClient(direct).GetSummaryAsync(request, none);
if (options.Warmup > TimeSpan.Zero)
{
    await LoadRun.RunAsync("warmup", gateway, keyed, request, options.Concurrency, options.Warmup);
    await LoadRun.RunAsync("warmup", direct, none, request, options.Concurrency, options.Warmup);
}

var results = new List<RunResult>();
for (var round = 0; round < options.Rounds; round++)
{
    results.Add(await LoadRun.RunAsync("gateway", gateway, keyed, request, options.Concurrency, options.Duration));
    results.Add(await LoadRun.RunAsync("direct", direct, none, request, options.Concurrency, options.Duration));
}

var c = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(c, $"GetSummary(asOf={options.AsOf}), {options.Concurrency} callers, {options.Duration.TotalSeconds:0} s per run, {options.Rounds} round(s)"));
Console.WriteLine("target     calls      errors  req/s     p50 ms  p99 ms");
foreach (var r in results)
    Console.WriteLine(string.Create(c, $"{r.Target,-10} {r.Calls,-10} {r.Errors,-7} {r.PerSecond,-9:0} {r.P50Ms,-7:0.00} {r.P99Ms:0.00}"));
RunResult Best(string target) => results.Where(r => r.Target == target).MaxBy(r => r.PerSecond)!;
var (g, d) = (Best("gateway"), Best("direct"));
Console.WriteLine(string.Create(c, $"best of rounds: gateway {g.PerSecond:0} req/s p99 {g.P99Ms:0.00} ms; direct {d.PerSecond:0} req/s p99 {d.P99Ms:0.00} ms"));
Console.WriteLine(string.Create(c, $"gateway/direct throughput {g.PerSecond / d.PerSecond:0.00}; p99 {g.P99Ms / d.P99Ms:0.00}x"));
return results.Any(r => r.Errors > 0) ? 1 : 0;
