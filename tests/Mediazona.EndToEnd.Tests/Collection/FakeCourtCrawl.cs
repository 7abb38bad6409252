using System.Diagnostics;
using Google.Protobuf;
using Mediazona.Contracts.Collection.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Mediazona.FakeCourts;
using Mediazona.FakeCourts.Truth;

namespace Mediazona.EndToEnd.Tests.Collection;

/// <summary>The fake court site's courts crawled by the suite's real collector through mzctl, and what the suite made of them.</summary>
static class FakeCourtCrawl
{
    /// <summary>Every entry the fake serves lies in this range; the figures are read as of the day after.</summary>
    public static readonly DateOnly Since = TruthGenerator.FirstEntry;
    public static readonly DateOnly Until = new FakeSiteOptions().Until;
    public static string AsOf => Until.AddDays(1).ToString("yyyy-MM-dd");

    /// <summary>Courts whose sites work (some only after retries): index as in <see cref="CourtProfile.For"/>.</summary>
    public static readonly int[] Healthy = [0, 1, 2, 5, 6, 7, 8, 10, 12];

    public sealed record Result(int Exit, CrawlSummary Summary, string Errors);

    /// <summary>`mzctl crawl --court C --site C=URL … --since --until --format json` with the admin key.</summary>
    public static async Task<Result> RunAsync(SuiteFixture suite, FakeCourtSite site, IEnumerable<FakeCourt> courts, TimeSpan bound)
    {
        var arguments = new List<string> { "crawl", "--since", Since.ToString("yyyy-MM-dd"), "--until", Until.ToString("yyyy-MM-dd"), "--format", "json" };
        foreach (var court in courts)
            arguments.AddRange(["--court", court.Code, "--site", $"{court.Code}={site.BaseUrl(court.Code)}"]);
        using var mzctl = Mzctl.Start(suite, SuiteKeys.Admin, [.. arguments]);
        using var timeout = new CancellationTokenSource(bound); // a bound, not an assertion
        var output = mzctl.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = mzctl.StandardError.ReadToEndAsync(timeout.Token);
        await mzctl.WaitForExitAsync(timeout.Token);
        var json = await output;
        return new Result(mzctl.ExitCode, json.Length > 0 ? JsonParser.Default.Parse<CrawlSummary>(json) : new CrawlSummary(), await errors);
    }

    /// <summary>What the statistics say of each court: (cases, defendants, verdict cases), every era counted.</summary>
    public static async Task<Dictionary<string, (long Cases, long Defendants, long Verdicts)>> CountedAsync(SuiteFixture suite, IEnumerable<FakeCourt> courts)
    {
        using var channel = SuiteKeys.Channel(suite.GatewayGrpc, SuiteKeys.Reader);
        var request = new GetCourtBreakdownRequest { AsOf = AsOf, AllCases = true };
        request.CourtCodes.AddRange(courts.Select(c => c.Code));
        var response = await new StatisticsService.StatisticsServiceClient(channel).GetCourtBreakdownAsync(request);
        return response.Courts.ToDictionary(c => c.CourtCode, c => ((long)c.Cases, (long)c.Defendants, (long)c.VerdictCases));
    }

    /// <summary>The same figures from the fake's truth: a verdict is «Вынесен ПРИГОВОР» decided by the as-of date.</summary>
    public static (long Cases, long Defendants, long Verdicts) Truth(FakeCourt court) =>
        (court.Cases.Count, court.Cases.Sum(c => c.Defendants.Count),
         court.Cases.Count(c => c.Decided && c.Outcome.Contains("ПРИГОВОР", StringComparison.Ordinal)));

    /// <summary>Polls until the statistics hold every healthy court's truth (the cards still travel through the bus), or the bound passes.</summary>
    public static async Task<Dictionary<string, (long Cases, long Defendants, long Verdicts)>> SettledAsync(SuiteFixture suite, IReadOnlyList<FakeCourt> courts, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var counted = await CountedAsync(suite, courts);
            if (courts.All(c => counted.GetValueOrDefault(c.Code) == Truth(c)) || clock.Elapsed > bound)
                return counted;
            await Task.Delay(500);
        }
    }
}
