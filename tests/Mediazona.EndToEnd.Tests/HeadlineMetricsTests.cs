using System.Globalization;
using System.Text.RegularExpressions;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests;

/// <summary>The statistics service's /metrics carries the default summary as gauges, moving with the data.</summary>
[Collection(SuiteCollection.Name)]
public sealed partial class HeadlineMetricsTests(SuiteFixture suite) : IDisposable
{
    readonly JsonApi _api = new(suite.GatewayHttp);
    readonly HttpClient _scraper = new();

    [Fact]
    public async Task The_gauges_equal_the_default_summary_at_the_same_data_version()
    {
        var court = NewCourtCode();
        var submitted = await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", new SubmitCasesRequest
        {
            Cases =
            {
                Case(court, "1-1/2024", "2024-01-10", Defendant(1, "ст.337 ч.5 УК РФ", Suspended(24, 12))).Decided("2024-02-01", "Вынесен ПРИГОВОР"),
                Case(court, "1-2/2024", "2024-02-15", Defendant(1, "ст.332 ч.2.1 УК РФ"), Defendant(2, "ст.332 ч.2.1 УК РФ")),
            },
        });
        Assert.Equal(2, submitted.Results.Count);
        await Eventually.Until(() => _api.GetAsync<GetSummaryResponse>($"/api/v1/stats/summary?courtCodes={court}"), s => s.Cases == 2, suite);

        // Other tests write concurrently: compare once the scrape and the summary show one data version.
        var (summary, scrape) = await Eventually.Until(async () =>
            (await _api.GetAsync<GetSummaryResponse>("/api/v1/stats/summary"), await _scraper.GetStringAsync(suite.StatisticsMetrics)),
            pair => Gauge(pair.Item2, "mediazona_stats_data_version") == pair.Item1.DataVersion, suite);

        Assert.True(summary.Cases >= 2);
        Assert.Equal<double>(summary.Cases, Gauge(scrape, "mediazona_stats_cases"));
        Assert.Equal<double>(summary.Defendants, Gauge(scrape, "mediazona_stats_defendants"));
        Assert.Equal<double>(summary.VerdictCases, Gauge(scrape, "mediazona_stats_verdict_cases"));
        Assert.Equal<double>(summary.KnownSentences, Gauge(scrape, "mediazona_stats_known_sentences"));
        Assert.Equal(summary.SuspendedShare, Gauge(scrape, "mediazona_stats_suspended_share"), 6);
        Assert.Equal<double>(summary.ByArticle.Single(a => a.Article == "337").Cases, Gauge(scrape, "mediazona_stats_article_cases", "article=\"337\""));
        Assert.Equal<double>(summary.ByCategory.Single(c => c.Category == Contracts.Cases.V1.Category.Disobedience).Cases,
            Gauge(scrape, "mediazona_stats_category_cases", "category=\"disobedience\""));
    }

    /// <summary>The value of one series in Prometheus text format, or NaN when it is absent.</summary>
    static double Gauge(string scrape, string name, string? label = null)
    {
        foreach (Match line in SeriesLine().Matches(scrape))
        {
            if (line.Groups["name"].Value == name && (label is null || line.Groups["labels"].Value.Contains(label, StringComparison.Ordinal)))
                return double.Parse(line.Groups["value"].Value, CultureInfo.InvariantCulture);
        }
        return double.NaN;
    }

    [GeneratedRegex(@"(?m)^(?<name>[a-z_]+)(\{(?<labels>[^}]*)\})? (?<value>\S+)")]
    private static partial Regex SeriesLine();

    public void Dispose()
    {
        _api.Dispose();
        _scraper.Dispose();
    }
}
