using System.Diagnostics;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Events.V1;
using Mediazona.ServiceDefaults.Telemetry;
using Mediazona.Statistics.DataVersion;
using Mediazona.Statistics.Projection;
using Mediazona.Statistics.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Mediazona.Statistics.Benchmarks;

/// <summary>
/// The projection alone (<c>--writer N</c>): N new classified cases shaped like the end-to-end benchmark's (40 courts,
/// 18 months of entries, half of them verdicts 30–90 days later, one case in ten with three defendants) applied by
/// ProjectionWriter in batches of 500 over one connection, then a revision of each (every case decided: the rows,
/// rollups and case history it replaces). Prints, for each pass, the wall time and the PostgreSQL backend's CPU per
/// case (read from /proc: the server runs on this machine), which the machine's other load disturbs less than throughput.
/// </summary>
public static class WriterBenchmark
{
    static readonly (string Article, string Part, Category Category, bool Mobilisation)[] Charges =
    [
        ("337", "5", Category.Awol, true), ("337", "3.1", Category.Awol, true), ("337", "2.1", Category.Awol, true),
        ("332", "2.1", Category.Disobedience, true), ("334", "3", Category.ViolenceAgainstSuperior, true),
        ("336", "2", Category.Insult, false), ("338", "3", Category.Desertion, true), ("228", "2", Category.NonMilitary, false),
    ];

    public static async Task RunAsync(string connectionString, int count)
    {
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 1 }.ConnectionString);
        await using (var truncate = dataSource.CreateCommand(
            "truncate cases, defendants, defendant_charges, uncounted_cases, case_rollup, charge_rollup, court_rollup, sentence_rollup, case_history"))
            await truncate.ExecuteNonQueryAsync();
        await using var services = new ServiceCollection().AddMetrics().AddSingleton<SuiteMetrics>().BuildServiceProvider();
        var writer = new ProjectionWriter(dataSource, new DataVersionSource(new DataVersionQuery(dataSource)),
            services.GetRequiredService<SuiteMetrics>(), NullLogger<ProjectionWriter>.Instance);

        await writer.ApplyAsync(Batch(count, 500, revision: 1), CancellationToken.None); // warm-up: plans, pool, shapes
        var backend = await BackendPidAsync(dataSource);
        foreach (var (revision, what) in new[] { (1, "new cases"), (2, "revisions") })
        {
            var batches = Enumerable.Range(0, count / 500).Select(b => Batch(b * 500, 500, revision)).ToList();
            var cpuBefore = BackendCpu(backend);
            var clock = Stopwatch.StartNew();
            foreach (var batch in batches)
                await writer.ApplyAsync(batch, CancellationToken.None);
            var wall = clock.Elapsed;
            var cpu = BackendCpu(backend) - cpuBefore;
            var cases = batches.Count * 500;
            Console.WriteLine($"ProjectionWriter, {cases:N0} {what} in batches of 500: {cases / wall.TotalSeconds:N0} cases/s, " +
                $"{wall.TotalMicroseconds / cases:N0} µs/case wall, PostgreSQL backend CPU {cpu.TotalMicroseconds / cases:N0} µs/case " +
                $"(backend {backend}, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        }
    }

    static CasesClassified Batch(int first, int size, int revision)
    {
        var batch = new CasesClassified();
        for (var i = first; i < first + size; i++)
            batch.Cases.Add(new CaseClassified { Classification = Case(i, revision) });
        return batch;
    }

    /// <summary>Revision 1 as drawn; revision 2 the same case decided (a verdict for every case).</summary>
    static CaseClassification Case(int index, int revision)
    {
        var random = new Random(index);
        var entry = new DateOnly(2022, 10, 1).AddDays(random.Next(540));
        var verdict = random.Next(2) == 0 || revision > 1;
        var c = new CaseClassification
        {
            CaseId = $"writer-{index:D8}", Revision = revision, RulesVersion = 1,
            Court = new Court { Code = $"8{index % 40 / 10}GV{index % 40:D4}", Name = "Гарнизонный военный суд" },
            CaseNumber = $"1-{index}/2023", EntryDate = entry.ToString("yyyy-MM-dd"),
            Outcome = verdict ? Outcome.Verdict : Outcome.Pending,
            DecisionDate = verdict ? entry.AddDays(30 + random.Next(60)).ToString("yyyy-MM-dd") : "",
        };
        var defendants = random.Next(10) == 0 ? 3 : 1;
        for (var o = 1; o <= defendants; o++)
        {
            var charge = Charges[random.Next(Charges.Length)];
            var d = new DefendantClassification
            {
                Ordinal = o,
                Charges = { new ChargeClassification { Charge = new Charge { Article = charge.Article, Part = charge.Part }, Category = charge.Category, MobilisationEra = charge.Mobilisation } },
                Convicted = verdict,
            };
            d.Primary = d.Charges[0];
            c.Defendants.Add(d);
            c.MobilisationEra |= charge.Mobilisation;
        }
        c.GroupCase = defendants > 1;
        return c;
    }

    static async Task<int> BackendPidAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("select pg_backend_pid()");
        return (int)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>User and system CPU of a process from /proc/PID/stat (fields 14 and 15, in clock ticks of 10 ms).</summary>
    static TimeSpan BackendCpu(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromMilliseconds((long.Parse(fields[11]) + long.Parse(fields[12])) * 10);
    }
}
