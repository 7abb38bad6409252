using Mediazona.Benchmarks.Profiling;
using Mediazona.Benchmarks.Suite;

namespace Mediazona.Benchmarks;

/// <summary>The end-to-end push against the raw baselines measured in the same run, printed as one table.</summary>
static class BenchmarkRun
{
    public static async Task<int> RunAsync(Settings settings, IReadOnlyList<SuiteHost> hosts, CancellationToken token)
    {
        Console.WriteLine($"MediazonaSuite benchmark: {settings.Cases:N0} cases after {settings.WarmUpCases:N0} to warm up, batches of {settings.BatchSize}, {settings.Clients} submitting clients, {Environment.ProcessorCount} cores, load average {LoadAverage()} before");

        if (settings.WarmUpCases > 0)
        {
            var warmUp = await PipelineBenchmark.RunAsync(settings, settings.WarmUpCases, token);
            Console.WriteLine($"warm-up: {settings.WarmUpCases:N0} cases counted in {warmUp.Counted.TotalSeconds:N1} s ({warmUp.CountedPerSecond:N0} cases/s)");
        }
        var profile = settings.ProfileDirectory is null ? null : await ProfileSession.StartAsync(settings, hosts, token);
        var cpuBefore = await CpuAccount.ReadAsync(hosts, settings);
        var countersBefore = await HostCounters.ReadAsync(hosts, settings.ApiKey, token);
        var pipeline = await PipelineBenchmark.RunAsync(settings, settings.Cases, token);
        var cpu = CpuAccount.Difference(cpuBefore, await CpuAccount.ReadAsync(hosts, settings));
        var countersAfter = await HostCounters.ReadAsync(hosts, settings.ApiKey, token);
        if (profile is not null)
            await profile.StopAndReportAsync(token);

        Console.WriteLine();
        Console.WriteLine($"| measure | value | ratio |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| suite: submit acknowledged (durable) | {pipeline.AcknowledgedPerSecond:N0} cases/s | |");
        Console.WriteLine($"| suite: submit → counted in statistics | {pipeline.CountedPerSecond:N0} cases/s ({pipeline.Counted.TotalSeconds:N1} s) | |");
        // CPU per case by process over the push: where the two cores went (the sum can exceed the wall time × 2
        // only by measurement noise; other users of a shared environment's PostgreSQL/RabbitMQ count there too).
        var total = cpu.Where(c => !double.IsNaN(c.Seconds)).Sum(c => c.Seconds);
        foreach (var (name, seconds) in cpu.OrderByDescending(c => c.Seconds))
            Console.WriteLine($"| CPU during the push: {name} | {seconds:N1} s, {seconds * 1e6 / pipeline.Cases:N0} µs/case | {seconds / total:P0} of {total:N1} s (wall {pipeline.Counted.TotalSeconds:N1} s × {Environment.ProcessorCount} cores = {pipeline.Counted.TotalSeconds * Environment.ProcessorCount:N1} s) |");
        var allocated = countersAfter.Where(c => countersBefore.ContainsKey(c.Key))
            .Sum(c => (double)(c.Value.AllocatedBytes - countersBefore[c.Key].AllocatedBytes));
        Console.WriteLine($"| allocations during the push: every host | {allocated / pipeline.Cases / 1024:N1} KiB allocated/case | |");
        foreach (var (name, after) in countersAfter)
        {
            if (!countersBefore.TryGetValue(name, out var before))
                continue;
            Console.WriteLine($"| runtime during the push: {name} | {(after.AllocatedBytes - before.AllocatedBytes) / pipeline.Cases / 1024:N1} KiB allocated/case, " +
                $"JIT {after.JitMethods - before.JitMethods:N0} methods in {after.JitSeconds - before.JitSeconds:N2} s (wall), GC pauses {after.GcPauseSeconds - before.GcPauseSeconds:N2} s | |");
        }
        if (settings.PipelineOnly)
            return 0;

        var rabbitOneHop = await RabbitBaseline.MessagesPerSecondAsync(settings, hops: 1, token);
        var rabbitTwoHops = await RabbitBaseline.MessagesPerSecondAsync(settings, hops: 2, token);
        var postgres = await PostgresBaseline.RunAsync(settings, token);
        var queries = new List<QueryLoad.Result>
        {
            await QueryLoad.RunAsync("GetSummary via gateway, cached", settings.GatewayGrpc, cached: true, settings, token),
            await QueryLoad.RunAsync("GetSummary direct, cached", settings.StatisticsGrpc, cached: true, settings, token),
            await QueryLoad.RunAsync("GetSummary via gateway, uncached", settings.GatewayGrpc, cached: false, settings, token),
        };
        var bare = await BareGrpcBaseline.RunAsync(settings, token);
        Console.WriteLine($"| raw RabbitMQ, 1 message per case, 1 hop | {rabbitOneHop:N0} msg/s | suite / this = {pipeline.CountedPerSecond / rabbitOneHop:N2} |");
        Console.WriteLine($"| raw RabbitMQ, 1 message per case, 2 hops | {rabbitTwoHops:N0} msg/s | suite / this = {pipeline.CountedPerSecond / rabbitTwoHops:N2} |");
        Console.WriteLine($"| PostgreSQL binary COPY of the case rows | {postgres.CopyRowsPerSecond:N0} rows/s | suite / this = {pipeline.CountedPerSecond / postgres.CopyRowsPerSecond:N2} |");
        Console.WriteLine($"| PostgreSQL 500-row upserts | {postgres.UpsertRowsPerSecond:N0} rows/s | suite / this = {pipeline.CountedPerSecond / postgres.UpsertRowsPerSecond:N2} |");
        foreach (var q in queries)
            Console.WriteLine($"| {q.Name} | {q.RequestsPerSecond:N0} req/s, p50 {q.P50Ms:N2} ms, p99 {q.P99Ms:N2} ms{(q.Errors > 0 ? $", {q.Errors} errors (first: {q.FirstError})" : "")} | |");
        Console.WriteLine($"| {bare.Name} | {bare.RequestsPerSecond:N0} req/s, p50 {bare.P50Ms:N2} ms, p99 {bare.P99Ms:N2} ms{(bare.Errors > 0 ? $", {bare.Errors} errors (first: {bare.FirstError})" : "")} | |");
        Console.WriteLine($"| gateway overhead, cached GetSummary | | direct / gateway = {queries[1].RequestsPerSecond / queries[0].RequestsPerSecond:N2}× throughput, p99 {queries[0].P99Ms / queries[1].P99Ms:N2}× |");
        Console.WriteLine($"| cached GetSummary against the bare baseline | | via gateway / bare = {queries[0].RequestsPerSecond / bare.RequestsPerSecond:N2}×, direct / bare = {queries[1].RequestsPerSecond / bare.RequestsPerSecond:N2}× |");
        foreach (var host in hosts)
        {
            if (ProcessStats.Read(host.Pid) is { } stats)
                Console.WriteLine($"| peak memory: {host.Name} | {stats.PeakRssMiB:N0} MiB | |");
        }
        Console.WriteLine($"load average after: {LoadAverage()}");
        return 0;
    }

    /// <summary>The 1-minute load average: other work on the machine, to print next to the figures.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
