using System.Diagnostics;
using System.Text;
using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Ingestion.Intake;
using Mediazona.Ingestion.Storage;
using Mediazona.ServiceDefaults.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Mediazona.Ingestion.Benchmarks;

/// <summary>
/// Cases/s into PostgreSQL (revisions, case rows, outbox) through the same intake and store as the RPCs, in batches,
/// on a fresh database of MZ_TEST_POSTGRES that is dropped afterwards. Structured cases and card pages separately.
/// </summary>
static class StoreThroughput
{
    public static async Task RunAsync(int total, int batchSize)
    {
        var server = Environment.GetEnvironmentVariable("MZ_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("MZ_TEST_POSTGRES is not set (e.g. \"Host=127.0.0.1;Port=45432;Username=postgres\")");
        var name = $"ingestion_bench_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        await new DatabaseMigrator(connectionString, typeof(CaseStore).Assembly, NullLogger<DatabaseMigrator>.Instance).StartAsync(CancellationToken.None);
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            var store = new CaseStore(dataSource);
            var today = new DateOnly(2025, 1, 1);
            var template = Encoding.Latin1.GetString(Fixtures.Bytes("old-layout-verdict-cp1251.html"));

            await Measure("SubmitCases (structured)", total, batchSize, async (from, count) =>
            {
                var cases = Enumerable.Range(from, count).Select(Structured).ToList();
                var sorted = CaseIntake.Sort(cases, today);
                await store.RecordBatchAsync(sorted.Accepted, sorted.Rejected, RevisionOrigin.Structured, "bench", CancellationToken.None);
            });
            await Measure("ImportCards (parse + store)", total, batchSize, async (from, count) =>
            {
                var cards = Enumerable.Range(from, count).Select(i => Card(template, i)).ToList();
                var sorted = CardIntake.Sort(cards, today);
                await store.RecordBatchAsync(sorted.Accepted, sorted.Rejected, RevisionOrigin.Card, "bench", CancellationToken.None);
            });
            await Measure("ImportCards again (all UNCHANGED)", total, batchSize, async (from, count) =>
            {
                var cards = Enumerable.Range(from, count).Select(i => Card(template, i)).ToList();
                var sorted = CardIntake.Sort(cards, today);
                await store.RecordBatchAsync(sorted.Accepted, sorted.Rejected, RevisionOrigin.Card, "bench", CancellationToken.None);
            });
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    static async Task Measure(string label, int total, int batchSize, Func<int, int, Task> batch)
    {
        await batch(1_000_000, Math.Min(batchSize, 50)); // warm-up: JIT, pool, plans
        var clock = Stopwatch.StartNew();
        for (var from = 0; from < total; from += batchSize)
            await batch(from, Math.Min(batchSize, total - from));
        clock.Stop();
        Console.WriteLine($"{label,-36} {total,7} cases in batches of {batchSize,4}: {total / clock.Elapsed.TotalSeconds,9:F0} cases/s");
    }

    static CourtCase Structured(int i) => new()
    {
        Court = new Court { Code = "46GV0001", Name = "Курский гарнизонный военный суд" },
        CaseNumber = $"1-{i}/2024",
        EntryDate = "2024-01-15",
        Category = "Самовольное оставление части или места службы",
        Judge = "Иванов И. И.",
        OutcomeRaw = "Вынесен ПРИГОВОР",
        DecisionDate = "2024-03-01",
        Defendants = { new Defendant { Ordinal = 1, Name = "Информация скрыта", NameHidden = true, ChargesRaw = "ст.337 ч.5 УК РФ" } },
        Events = { new CaseEvent { Name = "Регистрация поступившего в суд дела", Date = "2024-01-15" } },
    };

    /// <summary>The fixture page with its own case number (ASCII edit, so the windows-1251 bytes stay valid).</summary>
    static CardInput Card(string template, int i) => new()
    {
        Content = ByteString.CopyFrom(Encoding.Latin1.GetBytes(template.Replace("1-45/2023", $"1-{i}/2023", StringComparison.Ordinal))),
        SourceUrl = "https://kursky-gvs.krs.sudrf.ru/modules.php?name=sud_delo&case_id=" + i,
    };
}
