using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Mediazona.Benchmarks.Suite;
using Mediazona.Testing;

namespace Mediazona.Benchmarks.Soak;

/// <summary>
/// Mixed import and query load through the gateway for a bounded time, memory sampled throughout, and at the end
/// a reconciliation of statistics against what was imported. Exit code 0 only with no error, no mismatch and
/// no sustained memory growth (<see cref="GrowthRule"/>).
/// </summary>
static class SoakRun
{
    public static async Task<int> RunAsync(Settings settings, TimeSpan duration, IReadOnlyList<SuiteHost> hosts, CancellationToken token)
    {
        var options = settings.SoakOptions;
        var warmUp = options.WarmUpFor(duration);
        Console.WriteLine($"MediazonaSuite soak: {duration} ({warmUp} warm-up), {options.CasesPerSecond:N0} cases/s in batches of {options.BatchSize}, " +
            $"{options.CardsPerSecond:N0} cards/s, {options.QueriesPerSecond:N0} queries/s + 1 WatchSummary stream; memory every {options.SampleEvery.TotalSeconds:N0} s; " +
            $"{Environment.ProcessorCount} cores, load average {BenchmarkRun.LoadAverage()} at start");
        if (hosts.Count == 0)
            Console.WriteLine("warning: no host processes known (no --suite start and no pid files): memory is not sampled");

        var runTag = "s" + DateTime.UtcNow.ToString("HHmmss");
        var courts = SyntheticCases.CourtCodes(20, Environment.TickCount);
        var headers = settings.CallHeaders();
        using var gateway = GrpcChannel.ForAddress(settings.GatewayGrpc, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        });
        using var http = new HttpClient { BaseAddress = settings.GatewayHttp, Timeout = options.RequestTimeout };
        http.DefaultRequestHeaders.TryAddWithoutValidation("x-api-key", settings.ApiKey);

        var imports = new ImportLoad(options, gateway, headers, courts, runTag);
        var queries = new QueryMix(gateway, http, headers, courts, options.RequestTimeout);
        var sampler = new MemorySampler(hosts, settings.ApiKey, options.SampleEvery);

        var logs = new LogWatch(hosts);
        var clock = Stopwatch.StartNew();
        using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(token);
        var sampling = sampler.RunAsync(clock, stopSampling.Token);
        var progress = ProgressAsync(clock, duration, imports, queries, sampler, hosts, stopSampling.Token);
        await Task.WhenAll(
            imports.RunAsync(clock, duration, token),
            queries.RunAsync(clock, duration, options.QueriesPerSecond, token));
        var loadTime = clock.Elapsed;
        await stopSampling.CancelAsync();
        await Task.WhenAll(sampling, progress);

        Console.WriteLine($"load stopped after {loadTime:mm\\:ss}; reconciling…");
        var reconciliation = await Reconciliation.RunAsync(settings, headers, courts, imports.Expected, token);

        var failed = false;
        var hostErrors = new List<string>();
        Console.WriteLine();
        Console.WriteLine($"### Per host: memory judged after {warmUp.TotalMinutes:N1} min of warm-up; requests and cases as the host itself counted them (/metrics)");
        Console.WriteLine();
        Console.WriteLine("| host | RSS warm-up / middle / end | RSS slope, 2nd half | RSS growth | heap after GC warm-up / middle / end | heap slope | threads | open files | CPU | requests served | cases through | errors logged (warnings) | verdict |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var host in hosts)
        {
            var samples = sampler.SamplesOf(host.Name);
            var judged = samples.Where(s => s.Minutes >= warmUp.TotalMinutes).ToList();
            var rss = GrowthRule.Judge([.. judged.Select(s => (s.Minutes, s.RssMiB))], options.MaxSlopeMiBPerMinute, options.MaxGrowthPercent);
            var heapPoints = judged.Where(s => s.HeapMiB is { } h && !double.IsNaN(h)).Select(s => (s.Minutes, s.HeapMiB!.Value)).ToList();
            var heap = GrowthRule.Judge(heapPoints, options.MaxSlopeMiBPerMinute, options.MaxGrowthPercent);
            var logged = logs.Since(host.Name);
            failed |= rss.Sustained || logged?.Errors > 0;
            var verdict = !rss.Judged ? "too few samples" : rss.Sustained ? "**GROWING**" : logged?.Errors > 0 ? "**ERRORS LOGGED**" : "ok";
            var cpu = samples.Count < 2 ? double.NaN : (samples[^1].CpuSeconds - samples[0].CpuSeconds) / ((samples[^1].Minutes - samples[0].Minutes) * 60);
            Console.WriteLine($"| {host.Name} | {rss.WarmUp:N0} / {rss.Middle:N0} / {rss.End:N0} MiB | {rss.SlopePerMinute:+0.00;-0.00} MiB/min | {rss.GrowthPercent:+0.0;-0.0}% | " +
                $"{heap.WarmUp:N0} / {heap.Middle:N0} / {heap.End:N0} MiB | {heap.SlopePerMinute:+0.00;-0.00} MiB/min | " +
                $"{Span(judged, s => s.Threads)} | {Span(judged, s => s.OpenFiles)} | {cpu:P0} of a core | " +
                $"{Delta(samples, s => s.Requests)} | {Delta(samples, s => s.Cases)} | {(logged is null ? "?" : $"{logged.Errors} ({logged.Warnings})")} | {verdict} |");
            if (logged?.FirstError is { } firstError)
                hostErrors.Add($"{host.Name} logged {logged.Errors} errors; first: {firstError}");
        }
        Console.WriteLine();
        Console.WriteLine($"Rule: sustained growth = RSS slope over the second half > {options.MaxSlopeMiBPerMinute} MiB/min AND end > warm-up by more than {options.MaxGrowthPercent}% (see GrowthRule.cs).");

        Console.WriteLine();
        Console.WriteLine("### Requests (through the gateway)");
        Console.WriteLine();
        Console.WriteLine("| request | served | errors | p50 ms | p99 ms |");
        Console.WriteLine("|---|---|---|---|---|");
        var latencies = imports.Latencies.Summary().Concat(queries.Latencies.Summary()).ToDictionary(l => l.Kind);
        var allErrors = new[] { imports.Errors, queries.Errors, sampler.Errors };
        foreach (var kind in new[] { "SubmitCases", "ImportCards" }.Concat(queries.Kinds))
        {
            var served = latencies.TryGetValue(kind, out var l) ? l : (kind, 0, double.NaN, double.NaN);
            var errors = allErrors.Sum(e => e.All.Where(x => x.What == kind || x.What.StartsWith(kind + ":", StringComparison.Ordinal)).Sum(x => x.Count));
            var extra = kind == "WatchSummary stream" ? $"{queries.WatchUpdates} updates" : $"{served.Item2:N0}";
            Console.WriteLine($"| {kind} | {extra} | {errors} | {served.Item3:N1} | {served.Item4:N1} |");
        }
        var requests = latencies.Values.Sum(l => l.Count);
        Console.WriteLine($"| **all** | {requests:N0} ({requests / loadTime.TotalSeconds:N1}/s) | {allErrors.Sum(e => e.Total)} | | |");

        Console.WriteLine();
        Console.WriteLine("### Imports and reconciliation");
        Console.WriteLine();
        Console.WriteLine($"Answered: {imports.New:N0} new, {imports.Revisions:N0} revisions, {imports.Unchanged:N0} unchanged, {imports.Rejected:N0} rejected (captchas) " +
            $"in {imports.Requests:N0} requests; {imports.Expected.Cases / loadTime.TotalSeconds:N0} new cases/s on average; pacing fell > 5 s behind {imports.LateTicks} times. " +
            $"Statistics settled {reconciliation.Settled.TotalSeconds:N1} s after the load stopped.");
        Console.WriteLine();
        Console.WriteLine("| check | expected | found | |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var check in reconciliation.Checks)
            Console.WriteLine($"| {check.What} | {check.Expected:N0} | {check.Found:N0} | {(check.Ok ? "ok" : "**MISMATCH**")} |");

        var errorTotal = allErrors.Sum(e => e.Total);
        if (errorTotal > 0 || hostErrors.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("### Errors");
            foreach (var (what, count, first) in allErrors.SelectMany(e => e.All))
                Console.WriteLine($"- {what}: {count} (first: {first})");
            foreach (var line in hostErrors)
                Console.WriteLine($"- {line}");
        }
        failed |= errorTotal > 0 || !reconciliation.Ok;
        Console.WriteLine();
        Console.WriteLine($"Load average at the end: {BenchmarkRun.LoadAverage()}. Verdict: {(failed ? "FAILED" : "PASSED")}");
        return failed ? 1 : 0;
    }

    static string Span(List<MemorySampler.Sample> samples, Func<MemorySampler.Sample, int> value) =>
        samples.Count == 0 ? "?" : $"{value(samples[0])} → {value(samples[^1])}";

    /// <summary>How much a host's own counter moved over the soak ("—" when it has no such counter).</summary>
    static string Delta(IReadOnlyList<MemorySampler.Sample> samples, Func<MemorySampler.Sample, double?> value)
    {
        var known = samples.Select(value).Where(v => v is { } d && !double.IsNaN(d)).Select(v => v!.Value).ToList();
        return known.Count < 2 || known[^1] - known[0] == 0 ? "—" : $"{known[^1] - known[0]:N0}";
    }

    /// <summary>A line a minute, so a long soak shows it is alive (and how it goes) before the verdict.</summary>
    static async Task ProgressAsync(Stopwatch clock, TimeSpan duration, ImportLoad imports, QueryMix queries, MemorySampler sampler,
        IReadOnlyList<SuiteHost> hosts, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var memory = string.Join(", ", hosts.Select(h => sampler.SamplesOf(h.Name) is { Count: > 0 } s ? $"{h.Name} {s[^1].RssMiB:N0}" : $"{h.Name} ?"));
                var served = queries.Latencies.Summary().Sum(l => l.Count);
                Console.WriteLine($"[{clock.Elapsed:mm\\:ss}/{duration:mm\\:ss}] cases {imports.Expected.Cases:N0}, queries {served:N0}, " +
                    $"errors {imports.Errors.Total + queries.Errors.Total + sampler.Errors.Total}, RSS MiB: {memory}, load {BenchmarkRun.LoadAverage()}");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
