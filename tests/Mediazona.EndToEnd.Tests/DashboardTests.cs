using System.Globalization;
using System.Text.Json;
using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;
using static Mediazona.EndToEnd.Tests.Infrastructure.PageView;

namespace Mediazona.EndToEnd.Tests;

/// <summary>
/// The dashboard in headless Chromium against the real suite: dashboard/test/dashboard.check.mjs opens the page the
/// gateway serves, with a read key, filtered to a court of known cases, and reports what the charts, tiles and
/// tables show at each step (first load, a case arriving live, an article filter, English, all courts and the court
/// table sorted, two courts picked, a phone).
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class DashboardTests(SuiteFixture suite) : IDisposable
{
    const string Verdict = "Вынесен ПРИГОВОР";
    const string AsOf = "2023-04-03";
    readonly JsonApi _api = new(suite.GatewayHttp);

    /// <summary>
    /// Five mobilisation-era cases of one court received by 3 April 2023 (three in March, the record month), three
    /// with a verdict and a known sentence (one suspended), one verdict with a published act; one case after April.
    /// </summary>
    static SubmitCasesRequest Sample(string court)
    {
        var published = Case(court, "1-1/2023", "2023-01-10", Defendant(1, "ст.337 ч.5 УК РФ", Suspended(60, 36))).Decided("2023-02-01", Verdict);
        published.Acts.Add(new JudicialAct { Kind = "Приговор", Text = "Текст приговора", PublishedDate = "2023-02-10" });
        return new SubmitCasesRequest
        {
            Cases =
            {
                published,
                Case(court, "1-2/2023", "2023-02-15", Defendant(1, "ст.332 ч.2.1 УК РФ"), Defendant(2, "ст.332 ч.2.1 УК РФ")),
                Case(court, "1-3/2023", "2023-03-01", Defendant(1, "ст.337 ч.3.1 УК РФ; ст.337 ч.5 УК РФ", Imprisonment(84))).Decided("2023-03-20", Verdict),
                Case(court, "1-4/2023", "2023-03-05", Defendant(1, "ст.338 ч.3 УК РФ")),
                Case(court, "1-5/2023", "2023-03-20", Defendant(1, "ст.337 ч.5 УК РФ", Imprisonment(30))).Decided("2023-03-30", Verdict),
                Case(court, "1-6/2023", "2023-05-01", Defendant(1, "ст.337 ч.5 УК РФ")),
            },
        };
    }

    /// <summary>The case the check submits while the page is open: one more AWOL case in March.</summary>
    static SubmitCasesRequest LiveCase(string court) => new()
    {
        Cases = { Case(court, "1-7/2023", "2023-03-25", Defendant(1, "ст.337 ч.5 УК РФ")) },
    };

    [Fact]
    public async Task The_dashboard_shows_the_figures_of_known_cases_follows_filters_and_live_data_and_fits_a_phone()
    {
        var court = NewCourtCode();
        // A second court of our own, so that the unfiltered court table has rows to sort whatever ran before.
        var neighbour = NewCourtCode();
        await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", Sample(court));
        await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", new SubmitCasesRequest
        {
            Cases = { Case(neighbour, "2-1/2023", "2023-03-10", Defendant(1, "ст.337 ч.5 УК РФ")), Case(neighbour, "2-2/2023", "2023-03-11", Defendant(1, "ст.337 ч.5 УК РФ")) },
        });
        await Eventually.Until(() => _api.GetAsync<GetSummaryResponse>($"/api/v1/stats/summary?asOf=2023-06-01&courtCodes={court}&courtCodes={neighbour}"),
            s => s.Cases == 8, suite);

        var liveCase = Path.GetTempFileName();
        await File.WriteAllTextAsync(liveCase, JsonFormatter.Default.Format(LiveCase(court)));
        var screenshots = Dashboard.ScreenshotFolder(court);
        JsonElement report;
        try
        {
            report = await Dashboard.CheckAsync(suite, [
                new { name = "initial", @do = "open", filters = new { asOf = AsOf, courts = new[] { court } } },
                new { @do = "screenshot", file = "dashboard-desktop-ru.png" },
                new { name = "live", @do = "live", file = liveCase, key = SuiteKeys.Feeder },
                new { name = "article", @do = "article", value = "337|" },
                new { name = "english", @do = "lang", value = "en" },
                new { name = "allCourts", @do = "courts", pick = Array.Empty<string>() },
                new { name = "courtsPanel", @do = "health" },
                new { name = "sortedAscending", @do = "sort", key = "cases" },
                new { name = "sortedDescending", @do = "sort", key = "cases" },
                new { name = "twoCourts", @do = "courts", pick = new[] { court, neighbour } },
                new { name = "phone", @do = "viewport", width = 390, height = 844 },
                new { @do = "screenshot", file = "dashboard-phone-en.png" },
                new { @do = "click", selector = "#courtSummary" },
                new { name = "phoneCourts", @do = "measure" },
                new { @do = "screenshot", file = "dashboard-phone-courts-en.png", fullPage = false },
            ], screenshots);
        }
        finally
        {
            File.Delete(liveCase);
        }
        var steps = report.GetProperty("steps");

        // First load, in Russian: every chart with the known figures.
        var initial = steps.GetProperty("initial");
        Assert.Equal("ru", initial.GetProperty("lang").GetString());
        Assert.Equal([5, 6, 3, 2, 3, 0, 3], Tiles(initial, "cases", "defendants", "verdictCases", "pendingCases", "convictedDefendants", "acquittedDefendants", "knownSentences"));
        Assert.Equal("33,3 %", Spaces(Tile(initial, "suspendedShare").GetProperty("text").GetString()));

        var monthly = Chart(initial, "monthly");
        Assert.Equal(3, monthly.GetProperty("labels").GetArrayLength());
        Assert.Equal(2, monthly.GetProperty("recordIndex").GetInt32());
        Assert.EndsWith("★", monthly.GetProperty("labels")[2].GetString(), StringComparison.Ordinal);
        Assert.Equal([1, 1, 3], Series(monthly, "received"));
        Assert.Equal([0, 1, 2], Series(monthly, "verdicts"));
        // The lines are drawn at their own values, not stacked on the category bars or on each other.
        Assert.Equal([1.0, 1.0, 3.0], Plotted(monthly, "received"));
        Assert.Equal([0.0, 1.0, 2.0], Plotted(monthly, "verdicts"));
        Assert.Equal([1, 0, 2], Series(monthly, "CATEGORY_AWOL"));
        Assert.Equal([0, 1, 0], Series(monthly, "CATEGORY_DISOBEDIENCE"));
        Assert.Equal([0, 0, 1], Series(monthly, "CATEGORY_DESERTION"));
        Assert.Contains("март 2023", initial.GetProperty("recordMonth").GetString(), StringComparison.Ordinal);
        // Under each chart, the receipt of the answer it was drawn from (docs/releases.md#receipts).
        var receipts = initial.GetProperty("receipts");
        foreach (var chart in new[] { "monthly", "articles", "sentences", "transparency", "courts" })
            Assert.StartsWith("квитанция: r1.", receipts.GetProperty(chart).GetString(), StringComparison.Ordinal);
        Assert.NotEqual(receipts.GetProperty("monthly").GetString(), receipts.GetProperty("articles").GetString());
        Assert.StartsWith("квитанция: r1.", receipts.GetProperty("completeness").GetString(), StringComparison.Ordinal);

        // Completeness: the court's numbers 1-1…1-5 received by as-of run without a hole; 3 decided, 2 of them without a published act.
        var completeness = Assert.Single(initial.GetProperty("completenessRows").EnumerateArray(), r => r.GetProperty("court").GetString() == court);
        Assert.Equal(["5", "0", "0", "0.6666666666666666"],
            new[] { "seen", "unseen", "unseenShare", "withoutActShare" }.Select(k => completeness.GetProperty("cells").GetProperty(k).GetProperty("value").GetString()));
        // What changed: the court's six cases arrived as new cases within the last 30 days, and nothing was removed.
        var changes = initial.GetProperty("changeRows").EnumerateArray().ToList();
        Assert.NotEmpty(changes);
        Assert.Equal(6, changes.Sum(c => int.Parse(c.GetProperty("cells").GetProperty("newCases").GetProperty("value").GetString()!, CultureInfo.InvariantCulture)));
        Assert.All(changes, c => Assert.Equal("0", c.GetProperty("cells").GetProperty("removed").GetProperty("value").GetString()));

        var articles = Chart(initial, "articles");
        Assert.Equal(["ст. 337 ч. 3.1", "ст. 337 ч. 5", "ст. 332 ч. 2.1", "ст. 338 ч. 3"], Labels(articles));
        Assert.Equal([1, 3, 1, 1], Series(articles, "cases"));
        Assert.Equal([1, 3, 0, 0], Series(articles, "verdictCases"));

        // Sentence lengths of art. 337 by yearly bucket: real 84 months (7–8 years) and 30 (2–3), suspended 60 (5–6).
        var sentences = Chart(initial, "sentences");
        Assert.Equal("ст. 337", initial.GetProperty("sentenceArticle").GetString());
        Assert.Equal([0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0], Series(sentences, "real"));
        Assert.Equal([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0], Series(sentences, "suspended"));

        // Suspended share at each month's end: nothing known in January, the suspended one in February, then two real.
        var share = Chart(initial, "share");
        Assert.Equal([null, 1.0, Math.Round(1.0 / 3, 9)], NullableSeries(share, "cumulative"));
        Assert.Equal([null, 1.0, 0.0], NullableSeries(share, "period"));
        Assert.Equal([null, 1.0, 0.333], Plotted(share, "cumulative"));

        var transparency = initial.GetProperty("transparency");
        Assert.Equal("3", transparency.GetProperty("verdictCases").GetProperty("value").GetString());
        Assert.Equal("1", transparency.GetProperty("published").GetProperty("value").GetString());
        Assert.Equal([3], Series(Chart(initial, "sources"), "sentences"));

        var row = Assert.Single(initial.GetProperty("courts").EnumerateArray());
        Assert.Equal(court, row.GetProperty("court").GetString());
        var cells = row.GetProperty("cells");
        Assert.Equal(["5", "6", "3", "3", "3", "84", "60"],
            new[] { "cases", "defendants", "verdictCases", "convicted", "known", "longestReal", "longestSuspended" }
                .Select(k => cells.GetProperty(k).GetProperty("value").GetString()));
        Assert.Equal(1.0 / 3, double.Parse(cells.GetProperty("suspendedShare").GetProperty("value").GetString()!, CultureInfo.InvariantCulture), 6);
        Assert.Equal(1.0 / 3, double.Parse(cells.GetProperty("publishedShare").GetProperty("value").GetString()!, CultureInfo.InvariantCulture), 6);

        // A case submitted while the page is open: the headline figures (WatchSummary), then the charts.
        var live = steps.GetProperty("live");
        Assert.Equal("live", steps.GetProperty("liveTiles").GetProperty("connection").GetString());
        Assert.Equal(6, Tiles(live, "cases")[0]);
        Assert.Equal([1, 1, 4], Series(Chart(live, "monthly"), "received"));
        Assert.True(live.GetProperty("loads").GetInt32() > initial.GetProperty("loads").GetInt32());

        // The article filter: only art. 337 cases (1-1, 1-3, 1-5 and the live one) and its parts.
        var article = steps.GetProperty("article");
        Assert.Equal("337", article.GetProperty("filters").GetProperty("article").GetString());
        Assert.Equal([4, 4, 3], Tiles(article, "cases", "defendants", "verdictCases"));
        Assert.Equal(["ст. 337 ч. 3.1", "ст. 337 ч. 5"], Labels(Chart(article, "articles")));
        Assert.Equal([1, 4], Series(Chart(article, "articles"), "cases"));
        Assert.Equal([1, 0, 3], Series(Chart(article, "monthly"), "received"));
        Assert.Contains("337|", article.GetProperty("articleChoices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));

        // English: the same figures, English labels and number formats.
        var english = steps.GetProperty("english");
        Assert.Equal("en", english.GetProperty("lang").GetString());
        Assert.Equal("33.3%", Tile(english, "suspendedShare").GetProperty("text").GetString());
        Assert.Equal(["Jan 2023", "Feb 2023", "Mar 2023 ★"], Labels(Chart(english, "monthly")));
        Assert.Equal(["Art. 337 pt 3.1", "Art. 337 pt 5"], Labels(Chart(english, "articles")));

        // All courts (ours and other tests'), still art. 337 only, sorted by a click on the cases column, both ways.
        var ascending = CourtCases(steps.GetProperty("sortedAscending"));
        var descending = CourtCases(steps.GetProperty("sortedDescending"));
        Assert.Contains(ascending, c => c.Court == court && c.Cases == 4);
        Assert.Contains(ascending, c => c.Court == neighbour && c.Cases == 2);
        Assert.Equal(ascending.OrderBy(c => c.Cases).Select(c => c.Cases), ascending.Select(c => c.Cases));
        Assert.Equal(descending.OrderByDescending(c => c.Cases).Select(c => c.Cases), descending.Select(c => c.Cases));

        // The Courts panel with no court picked: every registry court has a row with a known status (never crawled: UNKNOWN,
        // grey), and the counts above the table add up to its rows.
        var panel = steps.GetProperty("courtsPanel").GetProperty("courtHealth");
        Assert.Equal("ready", panel.GetProperty("state").GetString());
        var healthRows = panel.GetProperty("rows").EnumerateArray().ToList();
        var registry = Mediazona.Courts.Registry.CourtRegistry.Current.Courts.Select(c => c.Code).ToHashSet();
        Assert.Equal(registry.Count, healthRows.Count(r => registry.Contains(r.GetProperty("court").GetString()!)));
        Assert.All(healthRows, r => Assert.StartsWith("COURT_HEALTH_STATUS_", r.GetProperty("status").GetString(), StringComparison.Ordinal));
        Assert.Contains(healthRows, r => r.GetProperty("status").GetString() == "COURT_HEALTH_STATUS_UNKNOWN" && r.GetProperty("tone").GetString() == "none");
        var counts = panel.GetProperty("counts");
        Assert.Equal(healthRows.Count, counts.GetProperty("total").GetProperty("value").GetInt32());
        Assert.Equal(healthRows.Count, counts.EnumerateObject().Where(c => c.Name != "total").Sum(c => c.Value.GetProperty("value").GetInt32()));

        // Two courts picked in the court picker: the figures of both, both in the link, the summary says how many.
        var both = steps.GetProperty("twoCourts");
        Assert.Equal([court, neighbour], both.GetProperty("filters").GetProperty("courts").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([6L], Tiles(both, "cases"));
        Assert.Equal([court, neighbour], CourtCases(both).Select(c => c.Court).Order());
        Assert.Equal($"#asOf={AsOf}&court={court}&court={neighbour}&article=337", both.GetProperty("hash").GetString());
        Assert.Equal("2 courts", both.GetProperty("courtSummary").GetString());

        // A phone: nothing wider than its screen (the tables scroll inside their cards), the court picker open too.
        foreach (var name in new[] { "phone", "phoneCourts" })
        {
            var phone = steps.GetProperty(name);
            Assert.True(phone.GetProperty("documentWidth").GetInt32() <= phone.GetProperty("viewportWidth").GetInt32(),
                $"{name}: the page is {phone.GetProperty("documentWidth")} px wide on a {phone.GetProperty("viewportWidth")} px phone");
        }

        Assert.Empty(report.GetProperty("errors").EnumerateArray());
        foreach (var name in new[] { "dashboard-desktop-ru.png", "dashboard-phone-en.png", "dashboard-phone-courts-en.png" })
            Assert.True(new FileInfo(Path.Combine(screenshots, name)) is { Exists: true, Length: > 10_000 }, $"screenshot {name} in {screenshots}");
    }

    public void Dispose() => _api.Dispose();
}

/// <summary>The dashboard's pure transforms (dashboard/test/model.test.mjs), run by node's test runner.</summary>
public sealed class DashboardModelTests
{
    [Fact]
    public async Task The_dashboard_model_tests_pass_under_node()
    {
        Dashboard.RequireNode();
        var (exitCode, output, errors) = await Dashboard.RunNodeAsync(["--test", "test/model.test.mjs"], TimeSpan.FromMinutes(2));
        Assert.True(exitCode == 0, $"node --test exited with {exitCode}:\n{output}\n{errors}");
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }
}
