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

namespace Mediazona.Releases.Benchmarks;

/// <summary>
/// --projection N: the projection writer's throughput with the case history that receipts and the changelog read
/// (written in the same transaction): N new cases, then a revision of each, in batches of 1,000.
/// </summary>
static class ProjectionCost
{
    const int BatchSize = 1000;

    public static async Task RunAsync(NpgsqlDataSource dataSource, int cases)
    {
        await using var services = new ServiceCollection().AddMetrics().AddSingleton<SuiteMetrics>().BuildServiceProvider();
        var writer = new ProjectionWriter(dataSource, new DataVersionSource(new DataVersionQuery(dataSource)), services.GetRequiredService<SuiteMetrics>(),
            NullLogger<ProjectionWriter>.Instance);
        foreach (var (revision, what) in new[] { (1, "new cases"), (2, "revisions") })
        {
            var clock = Stopwatch.StartNew();
            for (var start = 0; start < cases; start += BatchSize)
            {
                var batch = new CasesClassified();
                for (var i = start; i < Math.Min(start + BatchSize, cases); i++)
                    batch.Cases.Add(new CaseClassified { Classification = Case(i, revision) });
                await writer.ApplyAsync(batch, CancellationToken.None);
            }
            Console.WriteLine($"| projection: {what} | {cases / clock.Elapsed.TotalSeconds:N0} cases/s |");
        }
    }

    static CaseClassification Case(int i, int revision) => new()
    {
        CaseId = $"proj-{i:D8}", Revision = revision, RulesVersion = 1, Court = new Court { Code = $"{i % 90 + 1:D2}GV{i % 120:D4}" },
        CaseNumber = $"1-{i}/2023", EntryDate = "2023-02-01", Outcome = revision == 1 ? Outcome.Pending : Outcome.Verdict,
        DecisionDate = revision == 1 ? "" : "2023-04-01", MobilisationEra = true, SourceUrl = $"https://court.example/case/{i}",
        Defendants =
        {
            new DefendantClassification
            {
                Ordinal = 1, Convicted = revision > 1,
                Charges = { new ChargeClassification { Charge = new Charge { Article = "337", Part = "5" }, Category = Category.Awol, MobilisationEra = true } },
            },
        },
    };
}
