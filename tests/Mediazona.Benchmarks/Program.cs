using System.Globalization;
using Mediazona.Benchmarks;

// Runs against a suite started by deploy/local/up.sh and prints one table (see README "Benchmarks").
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var settings = Settings.Parse(args);
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(30));
var token = cancel.Token;

Console.WriteLine($"MediazonaSuite benchmark: {settings.Cases:N0} cases, batches of {settings.BatchSize}, {settings.Clients} submitting clients, {Environment.ProcessorCount} cores");

var pipeline = await PipelineBenchmark.RunAsync(settings, token);
var rabbitOneHop = await RabbitBaseline.MessagesPerSecondAsync(settings, hops: 1, token);
var rabbitTwoHops = await RabbitBaseline.MessagesPerSecondAsync(settings, hops: 2, token);
var postgres = await PostgresBaseline.RunAsync(settings, token);
var queries = new List<QueryLoad.Result>
{
    await QueryLoad.RunAsync("GetSummary via gateway, cached", settings.GatewayGrpc, cached: true, settings, token),
    await QueryLoad.RunAsync("GetSummary direct, cached", settings.StatisticsGrpc, cached: true, settings, token),
    await QueryLoad.RunAsync("GetSummary via gateway, uncached", settings.GatewayGrpc, cached: false, settings, token),
};

Console.WriteLine();
Console.WriteLine("| measure | value | ratio |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| suite: submit acknowledged (durable) | {pipeline.AcknowledgedPerSecond:N0} cases/s | |");
Console.WriteLine($"| suite: submit → counted in statistics | {pipeline.CountedPerSecond:N0} cases/s ({pipeline.Counted.TotalSeconds:N1} s) | |");
Console.WriteLine($"| raw RabbitMQ, 1 message per case, 1 hop | {rabbitOneHop:N0} msg/s | suite / this = {pipeline.CountedPerSecond / rabbitOneHop:N2} |");
Console.WriteLine($"| raw RabbitMQ, 1 message per case, 2 hops | {rabbitTwoHops:N0} msg/s | suite / this = {pipeline.CountedPerSecond / rabbitTwoHops:N2} |");
Console.WriteLine($"| PostgreSQL binary COPY of the case rows | {postgres.CopyRowsPerSecond:N0} rows/s | suite / this = {pipeline.CountedPerSecond / postgres.CopyRowsPerSecond:N2} |");
Console.WriteLine($"| PostgreSQL 500-row upserts | {postgres.UpsertRowsPerSecond:N0} rows/s | suite / this = {pipeline.CountedPerSecond / postgres.UpsertRowsPerSecond:N2} |");
foreach (var q in queries)
    Console.WriteLine($"| {q.Name} | {q.RequestsPerSecond:N0} req/s, p50 {q.P50Ms:N2} ms, p99 {q.P99Ms:N2} ms{(q.Errors > 0 ? $", {q.Errors} errors (first: {q.FirstError})" : "")} | |");
Console.WriteLine($"| gateway overhead, cached GetSummary | | direct / gateway = {queries[1].RequestsPerSecond / queries[0].RequestsPerSecond:N2}× throughput, p99 {queries[0].P99Ms / queries[1].P99Ms:N2}× |");
foreach (var (name, peak) in ServiceMemory.Read(settings.PidDirectory))
    Console.WriteLine($"| peak memory: {name} | {peak:N0} MB | |");
