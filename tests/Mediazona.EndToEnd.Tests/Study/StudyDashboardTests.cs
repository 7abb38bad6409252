using System.Globalization;
using System.Text.Json;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Mediazona.EndToEnd.Tests.Infrastructure.PageView;

namespace Mediazona.EndToEnd.Tests.Study;

/// <summary>
/// The study's figures on the dashboard, in headless Chromium: the 729 court cards imported through the gateway
/// (StudyImport, shared with StudyTableTests), the study's courts picked in the page's court picker, then the article
/// filter and the date field used as a reader would. Every figure is read off the page (tiles, chart series, the
/// article list, the court and sentence tables) and compared with the study's own numbers, written out.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class StudyDashboardTests(SuiteFixture suite, ITestOutputHelper output)
{
    [Fact]
    public async Task The_dashboard_shows_the_study_figures_from_the_imported_cards()
    {
        var study = await StudyImport.Of(suite);
        output.WriteLine(study.Report);
        var courts = study.Codes.Values.ToArray();
        string kamchatka = study.Codes["kamchatka"], sakhalin = study.Codes["sakhalin"];
        var screenshots = Dashboard.ScreenshotFolder("study-" + courts[0]);

        var report = await Dashboard.CheckAsync(suite, [
            new { @do = "open", filters = new { asOf = "2023-04-03" } },
            new { name = "study", @do = "courts", pick = courts },
            new { @do = "screenshot", file = "study-desktop-ru.png" },
            new { name = "reopened", @do = "reload" },
            new { name = "awol", @do = "article", value = "337|" },
            new { name = "awolPart5", @do = "article", value = "337|5" },
            new { name = "disobedience", @do = "article", value = "332|" },
            new { name = "desertion", @do = "article", value = "338|" },
            new { name = "violence", @do = "article", value = "334|" },
            new { @do = "article", value = "" },
            new { name = "march", @do = "asOf", value = "2023-03-21" },
            new { @do = "screenshot", file = "study-2023-03-21-ru.png" },
            new { name = "english", @do = "lang", value = "en" },
        ], screenshots);
        var steps = report.GetProperty("steps");

        // 3 April 2023, the study's 24 courts picked: 708 cases, 360 verdicts; the link holds the courts.
        var april = steps.GetProperty("study");
        Assert.Equal(courts.Order(), april.GetProperty("filters").GetProperty("courts").EnumerateArray().Select(c => c.GetString()!).Order());
        Assert.Equal("24 суда", april.GetProperty("courtSummary").GetString());
        Assert.Equal([708, 360], Tiles(april, "cases", "verdictCases"));
        Assert.Equal([708, 360], Tiles(steps.GetProperty("reopened"), "cases", "verdictCases"));

        // Intake rises every month from October 2022 to the record, March 2023 (flagged); the bars sum to the cases.
        var monthly = Chart(april, "monthly");
        var received = Series(monthly, "received");
        var record = monthly.GetProperty("recordIndex").GetInt32();
        Assert.StartsWith("окт. 2022", Labels(monthly)[0], StringComparison.Ordinal);
        Assert.StartsWith("март 2023", Labels(monthly)[record], StringComparison.Ordinal);
        Assert.EndsWith("★", Labels(monthly)[record], StringComparison.Ordinal);
        Assert.Contains("март 2023", april.GetProperty("recordMonth").GetString(), StringComparison.Ordinal);
        Assert.True(received.Take(record + 1).Zip(received.Skip(1).Take(record)).All(p => p.First < p.Second), $"intake {string.Join(", ", received)}");
        Assert.Equal((708L, 360L), (received.Sum(), Series(monthly, "verdicts").Sum()));

        // The article list counts the picked courts' cases: 337 629, 332 30, 334 26, 338 14.
        Assert.Equal(["ст. 337 (629)", "ст. 332 (30)", "ст. 334 (26)", "ст. 338 (14)"], ArticleOptions(april, "337", "332", "334", "338"));

        // Transparency: 25 published verdicts of 360; the known sentences by source.
        var transparency = april.GetProperty("transparency");
        Assert.Equal("360", transparency.GetProperty("verdictCases").GetProperty("value").GetString());
        Assert.Equal("25", transparency.GetProperty("published").GetProperty("value").GetString());
        Assert.Equal("25 (6,9 %)", Spaces(transparency.GetProperty("published").GetProperty("text").GetString()));
        var sources = Chart(april, "sources");
        Assert.Equal(["Опубликованный акт", "Пресс-релиз", "Адвокат", "Вручную", "Другое"], Labels(sources));
        Assert.Equal([26, 49, 23, 7, 2], Series(sources, "sentences"));

        // One row per court, adding up to the totals.
        var table = CourtRows(april);
        Assert.Equal(courts.Order(), table.Select(r => r.Court).Order());
        Assert.Equal((708L, 360L), (table.Sum(r => Number(r.Cells["cases"])), table.Sum(r => Number(r.Cells["verdictCases"]))));

        // AWOL: 629 cases against 661 soldiers, 340 convicted, 86 sentences known, 31 of them suspended (over a third).
        var awol = steps.GetProperty("awol");
        Assert.Equal([629, 661, 340, 86], Tiles(awol, "cases", "defendants", "convictedDefendants", "knownSentences"));
        Assert.Equal(31.0 / 86, double.Parse(Tile(awol, "suspendedShare").GetProperty("value").GetString()!, CultureInfo.InvariantCulture), 9);
        Assert.Equal("36 %", Spaces(Tile(awol, "suspendedShare").GetProperty("text").GetString()));
        Assert.Equal(31.0 / 86, NullableSeries(Chart(awol, "share"), "cumulative")[^1]!.Value, 9);
        // Sentence lengths: suspended up to 8 years (the 8–9 bucket), real up to 7 (the 7–8 bucket), nothing longer.
        Assert.Equal("ст. 337", awol.GetProperty("sentenceArticle").GetString());
        var suspended = Series(Chart(awol, "sentences"), "suspended");
        var real = Series(Chart(awol, "sentences"), "real");
        Assert.Equal(31, suspended.Sum());
        Assert.True(suspended[8] > 0 && suspended[9..].All(n => n == 0), $"suspended by year {string.Join(", ", suspended)}");
        Assert.True(real[7] > 0 && real[8..].All(n => n == 0), $"real by year {string.Join(", ", real)}");
        var awolTerms = SentenceRow(awol, "337");
        Assert.Equal(("340", "86", "84", "96"), (awolTerms["convicted"], awolTerms["known"], awolTerms["realMax"], awolTerms["suspendedMax"]));
        // The longest real term in Kamchatka (35th garrison court), the longest suspended one in Yuzhno-Sakhalinsk.
        var awolCourts = CourtRows(awol);
        var longestReal = Assert.Single(awolCourts, r => Number(r.Cells["longestReal"]) >= 84);
        Assert.Equal((kamchatka, "35 гарнизонный военный суд", 84L), (longestReal.Court, longestReal.Name, Number(longestReal.Cells["longestReal"])));
        var longestSuspended = Assert.Single(awolCourts, r => Number(r.Cells["longestSuspended"]) >= 96);
        Assert.Equal((sakhalin, "Южно-Сахалинский гарнизонный военный суд", 96L),
            (longestSuspended.Court, longestSuspended.Name, Number(longestSuspended.Cells["longestSuspended"])));

        // 343 of the 661 AWOL defendants were charged under part 5 (absent over a month).
        Assert.Equal([343], Tiles(steps.GetProperty("awolPart5"), "defendants"));

        // Disobedience: 30 cases, 10 verdicts, 16 convicted, all to real terms from 1 y 8 m to 4 y.
        var disobedience = steps.GetProperty("disobedience");
        Assert.Equal([30, 10, 16, 16], Tiles(disobedience, "cases", "verdictCases", "convictedDefendants", "knownSentences"));
        Assert.Equal([0, 16, 0], RealTermsByRange(disobedience, fromYear: 1, toYear: 4));
        var disobedienceTerms = SentenceRow(disobedience, "332");
        Assert.Equal(("48", "0"), (disobedienceTerms["realMax"], disobedienceTerms["suspendedMax"]));

        // Desertion: 14 cases, 3 verdicts. Violence against a superior: 26 cases, 11 convictions.
        Assert.Equal([14, 3], Tiles(steps.GetProperty("desertion"), "cases", "verdictCases"));
        Assert.Equal([26, 11, 11], Tiles(steps.GetProperty("violence"), "cases", "verdictCases", "convictedDefendants"));

        // The earlier snapshot, 21 March 2023, picked in the date field: 536 cases against 548 soldiers, 247 verdicts.
        var march = steps.GetProperty("march");
        Assert.Equal([536, 548, 247], Tiles(march, "cases", "defendants", "verdictCases"));
        Assert.Equal(["ст. 337 (471)", "ст. 332 (25)", "ст. 334 (21)", "ст. 338 (14)"], ArticleOptions(march, "337", "332", "334", "338"));
        Assert.Equal("24 courts", steps.GetProperty("english").GetProperty("courtSummary").GetString());

        Assert.Empty(report.GetProperty("errors").EnumerateArray());
        foreach (var name in new[] { "study-desktop-ru.png", "study-2023-03-21-ru.png" })
            Assert.True(new FileInfo(Path.Combine(screenshots, name)) is { Exists: true, Length: > 10_000 }, $"screenshot {name} in {screenshots}");
    }

    /// <summary>The article list's entries for whole articles, as the reader sees them ("ст. 337 (629)").</summary>
    static string[] ArticleOptions(JsonElement step, params string[] articles)
    {
        var texts = step.GetProperty("articleChoices").EnumerateArray()
            .ToDictionary(c => c.GetProperty("value").GetString()!, c => Spaces(c.GetProperty("text").GetString()));
        return [.. articles.Select(a => texts.TryGetValue(a + "|", out var text) ? text : $"no entry {a}|")];
    }

    static Dictionary<string, string> SentenceRow(JsonElement step, string article) =>
        step.GetProperty("sentenceRows").EnumerateArray().Single(r => r.GetProperty("article").GetString() == article)
            .GetProperty("cells").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetProperty("value").GetString()!);

    /// <summary>Real terms in the sentence chart's yearly buckets: shorter than fromYear, fromYear up to toYear (inclusive), longer.</summary>
    static long[] RealTermsByRange(JsonElement step, int fromYear, int toYear)
    {
        var real = Series(Chart(step, "sentences"), "real");
        return [real[..fromYear].Sum(), real[fromYear..(toYear + 1)].Sum(), real[(toYear + 1)..].Sum()];
    }
}
