using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Mediazona.Contracts.Statistics.V1;
using Npgsql;

namespace Mediazona.Benchmarks.Soak;

/// <summary>
/// After the load stops: statistics must count exactly what was imported — nothing lost, nothing counted twice.
/// Asked of the statistics service directly (summary, per-court breakdown, every ListCases row) and of ingestion's
/// own tables (cases and stored revisions of the run's courts).
/// </summary>
static class Reconciliation
{
    public sealed record Check(string What, long Expected, long Found)
    {
        public bool Ok => Expected == Found;
    }

    public sealed record Result(IReadOnlyList<Check> Checks, TimeSpan Settled)
    {
        public bool Ok => Checks.All(c => c.Ok);
    }

    public static async Task<Result> RunAsync(Settings settings, Metadata headers, string[] courts, Expectation expected, CancellationToken cancellationToken)
    {
        using var channel = GrpcChannel.ForAddress(settings.StatisticsGrpc);
        var statistics = new StatisticsService.StatisticsServiceClient(channel);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        // The last imports are still on their way through the queues: wait (bounded) until the counts stop short of or reach the ledger.
        var clock = Stopwatch.StartNew();
        GetSummaryResponse summary;
        while (true)
        {
            summary = await statistics.GetSummaryAsync(new GetSummaryRequest { AsOf = today, AllCases = true, CourtCodes = { courts } }, headers, cancellationToken: cancellationToken);
            var settled = summary.Cases == expected.Cases && summary.Defendants == expected.Defendants && summary.VerdictCases == expected.VerdictCases;
            if (settled || clock.Elapsed > TimeSpan.FromMinutes(3))
                break;
            await Task.Delay(500, cancellationToken);
        }
        var settledAfter = clock.Elapsed;
        var checks = new List<Check>
        {
            new("statistics: cases", expected.Cases, summary.Cases),
            new("statistics: defendants", expected.Defendants, summary.Defendants),
            new("statistics: cases with a verdict", expected.VerdictCases, summary.VerdictCases),
        };

        var courtsReply = await statistics.GetCourtBreakdownAsync(new GetCourtBreakdownRequest { AsOf = today, AllCases = true, CourtCodes = { courts } }, headers, cancellationToken: cancellationToken);
        var found = courtsReply.Courts.ToDictionary(c => c.CourtCode, c => c.Cases);
        var wrongCourts = expected.CasesByCourt.Count(c => found.GetValueOrDefault(c.Key) != c.Value) + found.Keys.Count(k => !expected.CasesByCourt.ContainsKey(k));
        checks.Add(new("statistics: courts whose case count differs", 0, wrongCourts));

        var (rows, distinctCases) = await ListEveryRowAsync(statistics, headers, courts, today, cancellationToken);
        checks.Add(new("ListCases: rows (one per defendant)", expected.Defendants, rows));
        checks.Add(new("ListCases: distinct case ids", expected.Cases, distinctCases));

        var connection = new NpgsqlConnectionStringBuilder(settings.Postgres) { Database = settings.IngestionDatabase }.ConnectionString;
        await using (var dataSource = NpgsqlDataSource.Create(connection))
        {
            checks.Add(new("ingestion: cases stored", expected.Cases, await CountAsync(dataSource, "select count(*) from cases where court_code = any($1)", courts, cancellationToken)));
            checks.Add(new("ingestion: revisions stored", expected.StoredRevisions, await CountAsync(dataSource,
                "select count(*) from case_revisions r join cases c on c.case_id = r.case_id where c.court_code = any($1)", courts, cancellationToken)));
            checks.Add(new("ingestion: outbox rows left", 0, await CountAsync(dataSource, "select count(*) from outbox", null, cancellationToken)));
        }
        return new Result(checks, settledAfter);
    }

    static async Task<(long Rows, long DistinctCases)> ListEveryRowAsync(StatisticsService.StatisticsServiceClient statistics, Metadata headers,
        string[] courts, string today, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        long rows = 0;
        var token = "";
        do
        {
            var page = await statistics.ListCasesAsync(new ListCasesRequest { AsOf = today, AllCases = true, CourtCodes = { courts }, PageSize = 1000, PageToken = token },
                headers, cancellationToken: cancellationToken);
            rows += page.Rows.Count;
            foreach (var row in page.Rows)
                ids.Add(row.CaseId);
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return (rows, ids.Count);
    }

    static async Task<long> CountAsync(NpgsqlDataSource dataSource, string sql, string[]? courts, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        if (courts is not null)
            command.Parameters.AddWithValue(courts);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
