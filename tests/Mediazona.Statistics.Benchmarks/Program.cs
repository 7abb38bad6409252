using System.Diagnostics;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.ServiceDefaults.Storage;
using Mediazona.ServiceDefaults.Telemetry;
using Mediazona.Statistics.Benchmarks;
using Mediazona.Statistics.Caching;
using Mediazona.Statistics.DataVersion;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Rpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

// Usage: dotnet run -c Release --project tests/Mediazona.Statistics.Benchmarks -- [--cases N] [--runs R] [--courts C]
//        [--postgres "Host=...;Username=..."] [--redis host:port] [--database name] [--keep] [--no-fill]
//        [--gateway http://127.0.0.1:8081 [--api-key KEY]]   (time the queries through a running suite's gateway instead)
//        [--only sentences]   (only the queries whose name starts so)
//        [--writer 50000]   (time ProjectionWriter instead: see WriterBenchmark)
var options = Arguments.Parse(args);
var connectionString = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = options.Database, CommandTimeout = 300 }.ConnectionString;
await new DatabaseMigrator(connectionString, typeof(StatisticsRpc).Assembly, NullLogger<DatabaseMigrator>.Instance).StartAsync(CancellationToken.None);
await using var dataSource = NpgsqlDataSource.Create(connectionString);

if (options.Writer is { } writerCases)
{
    await WriterBenchmark.RunAsync(connectionString, writerCases);
    return;
}

if (options.Fill)
{
    var clock = Stopwatch.StartNew();
    await SyntheticCases.FillAsync(dataSource, options.Cases, options.Courts, seed: 20230403);
    Console.WriteLine($"Filled {options.Database} with {options.Cases:N0} cases in {clock.Elapsed.TotalSeconds:F1} s (binary COPY into the projection tables, then VACUUM ANALYZE).");
}

var redisOptions = ConfigurationOptions.Parse(options.Redis);
redisOptions.AbortOnConnectFail = false;
await using var redis = await ConnectionMultiplexer.ConnectAsync(redisOptions);
await using var services = new ServiceCollection().AddMetrics().AddSingleton<SuiteMetrics>().BuildServiceProvider();
var cache = new VersionedCache(redis, Options.Create(new CacheOptions()), TimeProvider.System, services.GetRequiredService<SuiteMetrics>(),
    NullLogger<VersionedCache>.Instance);
var queries = new StatisticsQueries(dataSource);
// The data version pushed as in the host: cached answers are then served from process memory.
var versions = new DataVersionSource(queries.Version);
using var listener = new DataVersionListener(dataSource, versions, NullLogger<DataVersionListener>.Instance);
await listener.StartAsync(CancellationToken.None);
var hot = new HotAnswers(cache);
var rpc = new StatisticsRpc(queries, versions, hot, new CachedSummary(queries, hot), TimeProvider.System, Options.Create(new WatchOptions()));
var context = new BenchmarkCallContext();

var filter = SummaryRequestParser.Parse(new GetSummaryRequest(), DateOnly.FromDateTime(DateTime.UtcNow)).Filter!;
var article = SummaryRequestParser.Parse(new GetSummaryRequest { Article = "337", Part = "5" }, DateOnly.FromDateTime(DateTime.UtcNow)).Filter!;
// An as-of inside the data: the cases of its month are read from `cases` beside the rollups.
var midway = SummaryRequestParser.Parse(new GetSummaryRequest { AsOf = "2024-06-15" }, DateOnly.FromDateTime(DateTime.UtcNow)).Filter!;
var court = SummaryRequestParser.Parse(new GetSummaryRequest { CourtCodes = { "11GV0010" }, AllCases = true }, DateOnly.FromDateTime(DateTime.UtcNow)).Filter!;

var benchmarks = new (string Name, Func<Task> Uncached, Func<Task> Cached)[]
{
    ("summary (default)", () => queries.Summary.RunAsync(filter, default), () => rpc.GetSummary(new GetSummaryRequest(), context)),
    ("summary (337 ч.5)", () => queries.Summary.RunAsync(article, default), () => rpc.GetSummary(new GetSummaryRequest { Article = "337", Part = "5" }, context)),
    ("summary (one court)", () => queries.Summary.RunAsync(court, default), () => rpc.GetSummary(new GetSummaryRequest { CourtCodes = { "11GV0010" }, AllCases = true }, context)),
    ("summary (as of 2024-06-15)", () => queries.Summary.RunAsync(midway, default), () => rpc.GetSummary(new GetSummaryRequest { AsOf = "2024-06-15" }, context)),
    ("monthly", () => queries.Monthly.RunAsync(filter, default), () => rpc.GetMonthlyIntake(new GetMonthlyIntakeRequest(), context)),
    ("monthly (as of 2024-06-15)", () => queries.Monthly.RunAsync(midway, default), () => rpc.GetMonthlyIntake(new GetMonthlyIntakeRequest { AsOf = "2024-06-15" }, context)),
    ("articles", () => queries.Articles.RunAsync(filter, default), () => rpc.GetArticleBreakdown(new GetArticleBreakdownRequest(), context)),
    ("articles (as of 2024-06-15)", () => queries.Articles.RunAsync(midway, default), () => rpc.GetArticleBreakdown(new GetArticleBreakdownRequest { AsOf = "2024-06-15" }, context)),
    ("sentences", () => queries.Sentences.RunAsync(filter, default), () => rpc.GetSentenceStats(new GetSentenceStatsRequest(), context)),
    ("sentences (as of 2024-06-15)", () => queries.Sentences.RunAsync(midway, default), () => rpc.GetSentenceStats(new GetSentenceStatsRequest { AsOf = "2024-06-15" }, context)),
    ("courts", () => queries.Courts.RunAsync(filter, default), () => rpc.GetCourtBreakdown(new GetCourtBreakdownRequest(), context)),
    ("courts (as of 2024-06-15)", () => queries.Courts.RunAsync(midway, default), () => rpc.GetCourtBreakdown(new GetCourtBreakdownRequest { AsOf = "2024-06-15" }, context)),
    ("transparency", () => queries.Transparency.RunAsync(filter, default), () => rpc.GetTransparency(new GetTransparencyRequest(), context)),
    ("cases (first page of 100)", () => queries.CaseTable.PageAsync(filter, null, 100, default), () => rpc.ListCases(new ListCasesRequest(), context)),
    ("cases (page deep inside)", () => queries.CaseTable.PageAsync(filter, new PageToken("bench-00500000", 1), 100, default),
        () => rpc.ListCases(new ListCasesRequest { PageToken = new PageToken("bench-00500000", 1).Encode() }, context)),
    ("cases (337 ч.5, first page)", () => queries.CaseTable.PageAsync(article, null, 100, default), () => rpc.ListCases(new ListCasesRequest { Article = "337", Part = "5" }, context)),
};

using var gatewayQueries = options.Gateway is { } gateway ? new GatewayQueries(gateway, options.ApiKey) : null;
if (gatewayQueries is not null)
{
    benchmarks = gatewayQueries.All();
    Console.WriteLine($"{options.Runs} runs each after one warm-up, through the gateway at {options.Gateway}: uncached = a request never asked before (computed on PostgreSQL), cached = the same request again (Redis).");
}
else
    Console.WriteLine($"{options.Runs} runs each after one warm-up; uncached = the query on PostgreSQL, cached = the RPC handler with the data version pushed (answers in process, then Redis {(redis.IsConnected ? "up" : "DOWN")}).");
Console.WriteLine($"| query | uncached p50 ms | uncached p99 ms | cached p50 ms | cached p99 ms |");
Console.WriteLine($"|---|---:|---:|---:|---:|");
foreach (var (name, uncached, cached) in benchmarks.Where(b => options.Only is null || b.Name.StartsWith(options.Only, StringComparison.Ordinal)))
{
    var cold = await Measure(uncached, options.Runs);
    var warm = await Measure(cached, Math.Max(options.Runs, 20));
    Console.WriteLine($"| {name} | {cold.P50:F1} | {cold.P99:F1} | {warm.P50:F2} | {warm.P99:F2} |");
}

if (!options.Keep)
{
    await dataSource.DisposeAsync();
    NpgsqlConnection.ClearAllPools();
    await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.Postgres) { Database = "postgres", Pooling = false }.ConnectionString);
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand($"drop database if exists \"{options.Database}\" with (force)", admin);
    await drop.ExecuteNonQueryAsync();
}

static async Task<(double P50, double P99)> Measure(Func<Task> action, int runs)
{
    await action(); // warm-up: plan cache, connection, and for the cached path the Redis entry
    var times = new List<double>(runs);
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        await action();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    double At(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
    return (At(0.5), At(0.99));
}
