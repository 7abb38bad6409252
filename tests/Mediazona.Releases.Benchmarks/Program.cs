using System.Diagnostics;
using Mediazona.Releases.Delta;
using Mediazona.Releases.Reading;
using Mediazona.Releases.Writing;
using Mediazona.ServiceDefaults.Storage;
using Mediazona.Statistics.Benchmarks;
using Mediazona.Statistics.Figures;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Rpc;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

// Usage: dotnet run -c Release --project tests/Mediazona.Releases.Benchmarks -- [--cases N] [--as-of YYYY-MM-DD]
//        [--postgres "Host=...;Username=..."] [--database name] [--no-fill] [--keep]
// Fills a fresh database with N synthetic cases (default a million), then times each step of a release of them all:
// reading the projection, writing Parquet and CSV with the codebook and manifest, zipping, reading it back, a delta.
string? Value(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
var cases = int.Parse(Value("--cases") ?? "1000000", System.Globalization.CultureInfo.InvariantCulture);
var asOf = DateOnly.Parse(Value("--as-of") ?? "2026-01-01", System.Globalization.CultureInfo.InvariantCulture);
var postgres = Value("--postgres") ?? Environment.GetEnvironmentVariable("MZ_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=45432;Username=postgres";
var database = Value("--database") ?? $"release_bench_{cases}";
var connectionString = new NpgsqlConnectionStringBuilder(postgres) { Database = database, CommandTimeout = 600 }.ConnectionString;
await new DatabaseMigrator(connectionString, typeof(StatisticsRpc).Assembly, NullLogger<DatabaseMigrator>.Instance).StartAsync(CancellationToken.None);
await using var dataSource = NpgsqlDataSource.Create(connectionString);
await ReleaseAsync();
if (!args.Contains("--keep"))
{
    await dataSource.DisposeAsync();
    NpgsqlConnection.ClearAllPools();
    await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres", Pooling = false }.ConnectionString);
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand($"drop database if exists \"{database}\" with (force)", admin);
    await drop.ExecuteNonQueryAsync();
}

async Task ReleaseAsync()
{
    if (!args.Contains("--no-fill"))
        await SyntheticCases.FillAsync(dataSource, cases, courts: 120, seed: 20230403);

    var root = Directory.CreateTempSubdirectory("mz-release-bench-").FullName;
    var (release, read) = await Timed(() => new StatisticsQueries(dataSource).Release.ReadAsync(asOf, [], CancellationToken.None));
    var folder = Path.Combine(root, "release");
    var (files, written) = await Timed(() => ReleaseWriter.WriteAsync(release, folder, FigureDefinitions.ForCodebook()));
    var zip = Path.Combine(root, "release.zip");
    var (_, zipped) = await Timed(async () =>
    {
        await using var output = File.Create(zip);
        await ReleaseArchive.WriteAsync(folder, files, output);
        return 0;
    });
    // What an export costs the statistics service (it stops here); the read-back and delta are mzctl's share of --since.
    var exportPeak = Process.GetCurrentProcess().PeakWorkingSet64;
    var (back, readBack) = await Timed(() => ReleaseReader.ReadAsync(folder));
    var (_, compared) = await Timed(() => Task.FromResult(ReleaseDelta.Between(back, release)));

    Console.WriteLine($"A release of {release.Table("cases").Rows.Count:N0} cases as of {asOf:yyyy-MM-dd} ({release.Table("defendants").Rows.Count:N0} defendants, " +
        $"{release.Table("charges").Rows.Count:N0} charges); peak working set {exportPeak / 1e6:N0} MB through the zip, " +
        $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB with the read-back and delta.");
    Console.WriteLine("| step | seconds |\n|---|---:|");
    foreach (var (step, seconds) in new[] { ("read the projection", read), ("write Parquet, CSV, codebook, manifest", written), ("zip", zipped),
                 ("read the Parquet back", readBack), ("delta against it", compared) })
        Console.WriteLine($"| {step} | {seconds:F1} |");
    Console.WriteLine("| file | MB |\n|---|---:|");
    foreach (var file in files.Order(StringComparer.Ordinal))
        Console.WriteLine($"| {file} | {new FileInfo(Path.Combine(folder, file)).Length / 1e6:F2} |");
    Console.WriteLine($"| **release.zip** | **{new FileInfo(zip).Length / 1e6:F2}** |");

    Directory.Delete(root, recursive: true);
}

static async Task<(T Result, double Seconds)> Timed<T>(Func<Task<T>> step)
{
    var clock = Stopwatch.StartNew();
    var result = await step();
    return (result, clock.Elapsed.TotalSeconds);
}
