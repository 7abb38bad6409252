using System.Diagnostics;
using Google.Protobuf;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests;

/// <summary>The mzctl program's stats and watch commands against the real suite, in table, JSON and CSV.</summary>
[Collection(SuiteCollection.Name)]
public sealed class MzctlStatsTests(SuiteFixture suite, ITestOutputHelper output) : IDisposable
{
    const string Verdict = "Вынесен ПРИГОВОР";
    /// <summary>A comma in the court's name: CSV must quote it on every road.</summary>
    const string CourtName = "Тестовый военный суд, гарнизонный";
    const string AsOf = "2023-04-03";
    readonly JsonApi _api = new(suite.GatewayHttp);

    sealed record Run(int Exit, string Out, string Error)
    {
        public string[] CsvLines => Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// As of 3 April 2023: five mobilisation-era cases (six defendants; two verdicts: one real term of 30 months, two
    /// suspended of 24 and 12), a peacetime case (counted only with --all-cases), and a case received later.
    /// </summary>
    async Task<string> SubmittedCourt()
    {
        var court = NewCourtCode();
        var request = new SubmitCasesRequest
        {
            Cases =
            {
                Case(court, "1-10/2023", "2023-01-16", Defendant(1, "ст.337 ч.5 УК РФ", Imprisonment(30))).Decided("2023-02-20", Verdict),
                Case(court, "1-11/2023", "2023-02-03", Defendant(1, "ст.337 ч.5 УК РФ", Suspended(24, 24)), Defendant(2, "ст.337 ч.3.1 УК РФ", Suspended(12, 12)))
                    .Decided("2023-03-14", Verdict),
                Case(court, "1-12/2023", "2023-03-02", Defendant(1, "ст.338 ч.3 УК РФ")),
                Case(court, "1-13/2023", "2023-03-09", Defendant(1, "ст.332 ч.2.1 УК РФ")),
                Case(court, "1-14/2023", "2023-03-28", Defendant(1, "ст.337 ч.5 УК РФ")),
                Case(court, "1-15/2023", "2023-04-20", Defendant(1, "ст.337 ч.5 УК РФ")),
                Case(court, "1-16/2023", "2023-03-20", Defendant(1, "ст.337 ч.1 УК РФ")),
            },
        };
        foreach (var courtCase in request.Cases)
            courtCase.Court.Name = CourtName;
        await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", request);
        await Eventually.Until(() => _api.GetAsync<GetSummaryResponse>($"/api/v1/stats/summary?asOf=2023-06-01&allCases=true&courtCodes={court}"),
            s => s.Cases == 7, suite);
        return court;
    }

    [Fact]
    public async Task Summary_prints_the_same_figures_as_a_table_as_json_and_as_csv()
    {
        var court = await SubmittedCourt();

        var json = await MzctlAsync("stats", "summary", "--as-of", AsOf, "--court", court, "--format", "json");
        var csv = await MzctlAsync("stats", "summary", "--as-of", AsOf, "--court", court, "--format", "csv");
        var table = await MzctlAsync("stats", "summary", "--as-of", AsOf, "--court", court);
        var allEras = await MzctlAsync("stats", "summary", "--as-of", AsOf, "--court", court, "--all-cases", "--format", "json");

        var summary = JsonParser.Default.Parse<GetSummaryResponse>(json.Out);
        Assert.Equal((AsOf, 5L, 6L, 2L, 3L), (summary.AsOf, summary.Cases, summary.Defendants, summary.VerdictCases, summary.PendingCases));
        Assert.Equal((3L, 0L, 3L, 2L), (summary.ConvictedDefendants, summary.AcquittedDefendants, summary.KnownSentences, summary.SuspendedSentences));
        Assert.Equal(6L, JsonParser.Default.Parse<GetSummaryResponse>(allEras.Out).Cases);

        Assert.Equal("as_of,cases,defendants,verdict_cases,pending_cases,convicted_defendants,acquitted_defendants,known_sentences,suspended_sentences,suspended_share,data_version",
            csv.CsvLines[0]);
        Assert.Matches($@"^{AsOf},5,6,2,3,3,0,3,2,0\.6666666666666666,\d+$", Assert.Single(csv.CsvLines.Skip(1)));

        Assert.DoesNotContain('\u001b', table.Out);
        Assert.Matches(@"│ Cases\s+│\s+5 │", table.Out);
        Assert.Matches(@"│ Suspended share\s+│\s+66\.7% │", table.Out);
        Assert.Matches(@"│ Awol\s+│\s+3 │\s+4 │", table.Out);
        Assert.All(new[] { json, csv, table, allEras }, run => Assert.Equal((0, ""), (run.Exit, run.Error)));
    }

    [Fact]
    public async Task Monthly_articles_sentences_courts_and_transparency_print_their_figures()
    {
        var court = await SubmittedCourt();
        string[] filter = ["--as-of", AsOf, "--court", court];

        var monthly = await MzctlAsync(["stats", "monthly", .. filter, "--format", "csv"]);
        var monthlyTable = await MzctlAsync(["stats", "monthly", .. filter]);
        var articles = await MzctlAsync(["stats", "articles", .. filter, "--format", "csv"]);
        var sentences = await MzctlAsync(["stats", "sentences", .. filter, "--article", "337", "--format", "csv"]);
        var sentencesJson = await MzctlAsync(["stats", "sentences", .. filter, "--article", "337", "--format", "json"]);
        var courts = await MzctlAsync(["stats", "courts", .. filter, "--format", "csv"]);
        var courtsTable = await MzctlAsync(["stats", "courts", .. filter]);
        var transparency = await MzctlAsync(["stats", "transparency", .. filter, "--format", "csv"]);

        Assert.Equal(["month,cases_received,verdicts,record", "2023-01,1,0,false", "2023-02,1,1,false", "2023-03,3,1,true"], monthly.CsvLines);
        Assert.Matches(@"│ 2023-03 │\s+3 │\s+1 │ ★ record │", monthlyTable.Out);
        Assert.Matches(@"│ Total\s+│\s+5 │\s+2 │", monthlyTable.Out);

        Assert.Equal("article,part,category,cases,defendants,verdict_cases,convicted_defendants", articles.CsvLines[0]);
        Assert.Equal(["337,all,Awol,3,4,2,3", "337,3.1,Awol,1,1,1,1", "337,5,Awol,3,3,2,2"], articles.CsvLines.Where(l => l.StartsWith("337,", StringComparison.Ordinal)));
        Assert.Contains("338,3,Desertion,1,1,0,0", articles.CsvLines);
        Assert.Contains("332,2.1,Disobedience,1,1,0,0", articles.CsvLines);

        var awol = Columns(sentences.CsvLines, "337");
        Assert.Equal(("3", "3", "1", "2", "0.6666666666666666"), (awol["convicted_defendants"], awol["known_sentences"], awol["kind_imprisonment"], awol["kind_suspended"], awol["suspended_share"]));
        Assert.Equal(("30", court, "1-10/2023", "24-36: 1"), (awol["real_max_months"], awol["real_max_court_code"], awol["real_max_case_number"], awol["real_histogram"]));
        Assert.Equal(("2", "12", "18", "24", "12-24: 1; 24-36: 1"), (awol["suspended_terms"], awol["suspended_min_months"], awol["suspended_median_months"], awol["suspended_max_months"], awol["suspended_histogram"]));
        Assert.Equal(CourtName, awol["real_max_court_name"]);
        var awolJson = JsonParser.Default.Parse<GetSentenceStatsResponse>(sentencesJson.Out).Articles.Single(a => a.Article == "337");
        Assert.Equal((30, 24), (awolJson.RealTerms.MaxMonths, awolJson.SuspendedTerms.MaxMonths));

        Assert.Equal($"{court},\"{CourtName}\",5,6,2,3,3,2,0.6666666666666666,30,24", Assert.Single(courts.CsvLines.Skip(1)));
        Assert.Matches($@"│ {court} │ {CourtName}\s+│\s+5 │\s+6 │\s+2 │\s+3 │\s+3 │\s+2 │\s+66\.7% │\s+30 │\s+24 │", courtsTable.Out);
        Assert.Matches(@"│ Total\s+│ 1 court\s+│\s+5 │", courtsTable.Out);

        var ours = Columns(transparency.CsvLines, court);
        Assert.Equal(("2", "0", "0", "3", "3", "0"), (ours["verdict_cases"], ours["published_verdict_cases"], ours["published_share"], ours["known_sentences"], ours["source_press_release"], ours["source_card"]));

        Assert.All(new[] { monthly, monthlyTable, articles, sentences, sentencesJson, courts, courtsTable, transparency }, run => Assert.Equal((0, ""), (run.Exit, run.Error)));
        Assert.All(new[] { monthlyTable, courtsTable }, run => Assert.DoesNotContain('\u001b', run.Out));
    }

    [Fact]
    public async Task The_case_table_through_every_page_is_the_services_own_csv_and_one_page_says_how_to_go_on()
    {
        var court = await SubmittedCourt();
        string[] filter = ["stats", "cases", "--as-of", AsOf, "--court", court];

        var all = await MzctlAsync([.. filter, "--all", "--page-size", "2", "--format", "csv"]);
        using var http = await _api.GetRawAsync($"/api/v1/stats/cases.csv?asOf={AsOf}&courtCodes={court}");
        var page = await MzctlAsync([.. filter, "--page-size", "4"]);
        var json = await MzctlAsync([.. filter, "--page-size", "4", "--format", "json"]);

        // Five cases, six defendants; every one of the three pages of two followed.
        Assert.Equal(7, all.CsvLines.Length);
        Assert.Equal(await http.Content.ReadAsStringAsync(), all.Out);
        Assert.Equal((0, ""), (all.Exit, all.Error));

        var first = JsonParser.Default.Parse<ListCasesResponse>(json.Out);
        Assert.Equal(4, first.Rows.Count);
        Assert.NotEqual("", first.NextPageToken);
        Assert.Equal((0, ""), (json.Exit, json.Error));
        Assert.Equal($"more rows: --page-token {first.NextPageToken} (or --all)", page.Error.Trim());
        Assert.Equal(4, page.Out.Split('\n').Count(l => l.StartsWith($"│ {court}", StringComparison.Ordinal)));
        var rest = await MzctlAsync([.. filter, "--page-size", "4", "--page-token", first.NextPageToken, "--format", "csv"]);
        Assert.Equal(3, rest.CsvLines.Length);
    }

    [Fact]
    public async Task The_csv_reads_a_stage_by_its_proto_name_and_refuses_an_unknown_one_naming_it()
    {
        using var attempted = await _api.GetRawAsync($"/api/v1/stats/cases.csv?asOf={AsOf}&article=338&stage=OFFENCE_STAGE_ATTEMPT&allCases=true");
        using var bogus = await _api.GetRawAsync($"/api/v1/stats/cases.csv?asOf={AsOf}&article=338&stage=OFFENCE_STAGE_FINISHED");
        using var alone = await _api.GetRawAsync($"/api/v1/stats/cases.csv?asOf={AsOf}&stage=2");

        Assert.Equal(System.Net.HttpStatusCode.OK, attempted.StatusCode);
        Assert.StartsWith("case_id,", await attempted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bogus.StatusCode);
        Assert.Contains("'OFFENCE_STAGE_FINISHED' is not a stage such as OFFENCE_STAGE_ATTEMPT", await bogus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, alone.StatusCode);
        Assert.Contains("needs article", await alone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_call_is_one_line_with_the_status_and_the_field_and_exit_code_1()
    {
        var noArticle = await MzctlAsync("stats", "sentences", "--part", "5");
        var badCourt = await MzctlAsync("stats", "courts", "--court", "no such court!");
        var ingestOnly = await MzctlAsync("stats", "summary", "--api-key", SuiteKeys.Feeder);
        var unreachable = await MzctlAsync("stats", "monthly", "--gateway", "http://127.0.0.1:1");

        output.WriteLine(string.Join("\n", new[] { noArticle, badCourt, ingestOnly, unreachable }.Select(r => r.Error)));
        Assert.All(new[] { noArticle, badCourt, ingestOnly, unreachable }, run =>
        {
            Assert.Equal((1, ""), (run.Exit, run.Out));
            Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("mzctl: ", run.Error, StringComparison.Ordinal);
        });
        Assert.StartsWith("mzctl: InvalidArgument: ", noArticle.Error, StringComparison.Ordinal);
        Assert.Contains("(part: needs article)", noArticle.Error, StringComparison.Ordinal);
        Assert.Contains("court_codes: 'NO SUCH COURT!' is not a court code", badCourt.Error, StringComparison.Ordinal);
        Assert.StartsWith("mzctl: PermissionDenied: this call needs the 'read' scope", ingestOnly.Error, StringComparison.Ordinal);
        Assert.StartsWith("mzctl: Unavailable: ", unreachable.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_as_json_prints_a_line_per_update_and_a_new_one_after_new_cases_land_and_ctrl_c_ends_it()
    {
        var court = await SubmittedCourt();
        var run = await Mzctl.WatchAsync(suite, court, () => _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit",
            new SubmitCasesRequest { Cases = { Case(court, "1-17/2023", "2023-05-02", Defendant(1, "ст.337 ч.5 УК РФ")) } }), TimeSpan.FromSeconds(90));

        Assert.Equal((6L, 7L, 0, ""), (run.First, run.Last, run.Exit, run.Errors));
    }

    /// <summary>Column name → value of the CSV row whose first field is the key.</summary>
    static Dictionary<string, string> Columns(string[] csvLines, string key)
    {
        var names = Fields(csvLines[0]);
        var row = csvLines.Select(Fields).Single(r => r[0] == key);
        Assert.Equal(names.Length, row.Length);
        return names.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>One RFC 4180 line's fields (quoted fields unquoted, doubled quotes single).</summary>
    static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (quoted && line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                field.Append(line[++i]);
            else if (line[i] == '"')
                quoted = !quoted;
            else if (line[i] == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(line[i]);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    /// <summary>mzctl against the suite's gateway with the read key (an --api-key argument overrides it).</summary>
    Process Start(params string[] arguments) => Mzctl.Start(suite, SuiteKeys.Reader, arguments);

    async Task<Run> MzctlAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(bound.Token);
        var stderr = process.StandardError.ReadToEndAsync(bound.Token);
        await process.WaitForExitAsync(bound.Token);
        var run = new Run(process.ExitCode, await stdout, (await stderr).ReplaceLineEndings("\n"));
        output.WriteLine($"mzctl {string.Join(' ', arguments)} → {run.Exit}\n{run.Out}{run.Error}");
        return run;
    }

    public void Dispose() => _api.Dispose();
}
