using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Rpc;
using Mediazona.Statistics.Tests.Infrastructure;

namespace Mediazona.Statistics.Tests.Deep;

/// <summary>Every query of the service against an independent count of the input, under the same filters the summary tests use.</summary>
public class DeepQueryTests(DeepDatabase db) : IClassFixture<DeepDatabase>
{
    static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static TheoryData<string> Scenarios => [.. Requests.Keys];

    static readonly Dictionary<string, GetSummaryRequest> Requests = new()
    {
        ["default (today, mobilisation era)"] = new(),
        ["as of 2023-04-03"] = new() { AsOf = "2023-04-03" },
        ["as of 2023-04-03, all cases"] = new() { AsOf = "2023-04-03", AllCases = true },
        ["as of 2023-01-15"] = new() { AsOf = "2023-01-15" },
        ["as of 2022-08-01 (nothing yet)"] = new() { AsOf = "2022-08-01" },
        ["one court"] = new() { AsOf = "2023-04-03", CourtCodes = { "46GV0001" } },
        ["article 337 part 5"] = new() { AsOf = "2023-04-03", Article = "337", Part = "5" },
        ["category desertion, all cases"] = new() { AsOf = "2023-06-01", Category = Category.Desertion, AllCases = true },
        ["article 337 with category desertion (matches no charge)"] = new() { AsOf = "2023-04-03", Article = "337", Category = Category.Desertion },
        ["entry range"] = new() { AsOf = "2023-04-03", EntryFrom = "2022-11-01", EntryTo = "2023-01-31" },
        ["attempted desertion (338 at ATTEMPT), all cases"] = new() { AsOf = "2023-06-01", Article = "338", Stage = OffenceStage.Attempt, AllCases = true },
        ["337 part 5 at PREPARATION"] = new() { AsOf = "2023-04-03", Article = "337", Part = "5", Stage = OffenceStage.Preparation },
    };

    SummaryFilter Filter(GetSummaryRequest request) =>
        SummaryRequestParser.Parse(request, Today).Filter ?? throw new ArgumentException("invalid request", nameof(request));

    DeepOracle Oracle(GetSummaryRequest request) => new(db.Sent, request, Today);

    StatisticsQueries Queries => new(db.DataSource);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Monthly_intake_matches_the_input(string scenario)
    {
        var request = Requests[scenario];
        var answer = await Queries.Monthly.RunAsync(Filter(request), CancellationToken.None);
        var (months, record) = Oracle(request).Monthly();

        Assert.Equal(months, answer.Months.Where(m => m.CasesReceived + m.Verdicts > 0).Select(m => $"{m.Month} {m.CasesReceived} {m.Verdicts}"));
        Assert.Equal(record, answer.RecordMonth);
        Assert.Equal(record == "" ? [] : [record], answer.Months.Where(m => m.Record).Select(m => m.Month));
        // Months are contiguous: every month between the first and the last is listed.
        var parsed = answer.Months.Select(m => DateOnly.ParseExact(m.Month + "-01", "yyyy-MM-dd")).ToList();
        Assert.All(parsed.Zip(parsed.Skip(1)), pair => Assert.Equal(pair.First.AddMonths(1), pair.Second));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Article_breakdown_matches_the_input(string scenario)
    {
        var request = Requests[scenario];
        var answer = await Queries.Articles.RunAsync(Filter(request), CancellationToken.None);

        var lines = answer.Articles.SelectMany(a => a.Parts.Select(p => (a.Article, Part: p.Part, Figure: p)).Prepend((a.Article, Part: "*", Figure: a.Totals)))
            .Select(x => $"{x.Article} {x.Part}: {x.Figure.Cases} {x.Figure.Defendants} {x.Figure.VerdictCases} {x.Figure.ConvictedDefendants}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(Oracle(request).Articles(), lines);
        Assert.Equal(answer.Articles.OrderByDescending(a => a.Totals.Cases).ThenBy(a => a.Article, StringComparer.Ordinal).Select(a => a.Article),
            answer.Articles.Select(a => a.Article));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Sentence_stats_match_the_input(string scenario)
    {
        var request = Requests[scenario];
        var answer = await Queries.Sentences.RunAsync(Filter(request), CancellationToken.None);

        static string Terms(TermStats t) => t.Count == 0 ? "none" :
            $"{t.Count} {t.MinMonths} {t.MedianMonths:F6} {t.P90Months:F6} {t.MaxMonths} {t.MaxCourtCode} {t.MaxCaseNumber} " +
            $"[{string.Join(",", t.Histogram.Select(b => $"{b.FromMonths}:{b.Count}"))}]";
        var lines = answer.Articles.Select(a =>
            $"{a.Article}: {a.ConvictedDefendants} {a.KnownSentences} [{string.Join(",", a.ByKind.Select(k => $"{k.Kind}={k.Defendants}"))}] " +
            $"{a.SuspendedShare:F6} real {Terms(a.RealTerms)} suspended {Terms(a.SuspendedTerms)}").Order(StringComparer.Ordinal);

        Assert.Equal(Oracle(request).Sentences(), lines);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Court_breakdown_matches_the_input(string scenario)
    {
        var request = Requests[scenario];
        var answer = await Queries.Courts.RunAsync(Filter(request), CancellationToken.None);

        var lines = answer.Courts.Select(c => $"{c.CourtCode} {c.CourtName}: {c.Cases} {c.Defendants} {c.VerdictCases} {c.ConvictedDefendants} " +
            $"{c.KnownSentences} {c.SuspendedSentences} {c.SuspendedShare:F6} {c.LongestRealMonths} {c.LongestSuspendedMonths}").Order(StringComparer.Ordinal);
        Assert.Equal(Oracle(request).Courts(), lines);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Transparency_matches_the_input(string scenario)
    {
        var request = Requests[scenario];
        var answer = await Queries.Transparency.RunAsync(Filter(request), CancellationToken.None);

        static string Line(string key, TransparencyFigure f) =>
            $"{key}: {f.VerdictCases} {f.PublishedVerdictCases} {f.KnownSentences} [{string.Join(",", f.BySource.Select(s => $"{s.Source}={s.Sentences}"))}]";
        List<string> lines = [Line("*", answer.Totals), .. answer.Courts.Select(c => Line(c.CourtCode, c.Figure)).Order(StringComparer.Ordinal)];
        Assert.Equal(Oracle(request).Transparency(), lines);
        var expectedShare = answer.Totals.VerdictCases == 0 ? 0 : (double)answer.Totals.PublishedVerdictCases / answer.Totals.VerdictCases;
        Assert.Equal(expectedShare, answer.Totals.PublishedShare, 9);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task The_case_table_read_page_by_page_is_every_counted_defendant_once(string scenario)
    {
        var request = Requests[scenario];
        var filter = Filter(request);
        var pages = new List<CaseTableRow>();
        PageToken? after = null;
        do
        {
            var (rows, next) = await Queries.CaseTable.PageAsync(filter, after, 7, CancellationToken.None);
            Assert.InRange(rows.Count, next is null ? 0 : 7, 7);
            pages.AddRange(rows);
            after = next is null ? null : PageToken.Decode(next.Encode());
        } while (after is not null);

        var expected = Oracle(request).Rows();
        Assert.Equal(expected.Count, pages.DistinctBy(r => (r.CaseId, r.DefendantOrdinal)).Count());
        Assert.Equal(expected, pages.OrderBy(r => r.CaseId, StringComparer.Ordinal).ThenBy(r => r.DefendantOrdinal));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task The_summary_people_figures_match_the_input(string scenario)
    {
        var request = Requests[scenario];
        var answer = await Queries.Summary.RunAsync(Filter(request), CancellationToken.None);

        var (cases, defendants, convicted, acquitted) = Oracle(request).People();
        Assert.Equal((cases, defendants, convicted, acquitted),
            (answer.Cases, answer.Defendants, answer.ConvictedDefendants, answer.AcquittedDefendants));
    }

    [Fact]
    public async Task Attempted_desertion_is_a_figure_of_its_own()
    {
        // 338 at ATTEMPT counts fewer cases than 338 at any stage, and more than none (the dataset guards itself here).
        var any = await Queries.Summary.RunAsync(Filter(new GetSummaryRequest { AsOf = "2023-06-01", Article = "338", AllCases = true }), CancellationToken.None);
        var attempted = await Queries.Summary.RunAsync(
            Filter(new GetSummaryRequest { AsOf = "2023-06-01", Article = "338", Stage = OffenceStage.Attempt, AllCases = true }), CancellationToken.None);

        Assert.InRange(attempted.Cases, 1, any.Cases - 1);
        Assert.InRange(attempted.Defendants, 1, any.Defendants - 1);
    }

    [Fact]
    public async Task The_dataset_exercises_the_deep_figures()
    {
        // Guards the theories above against passing on degenerate data.
        var filter = Filter(new GetSummaryRequest { AllCases = true });
        var sentences = await Queries.Sentences.RunAsync(filter, CancellationToken.None);
        var transparency = await Queries.Transparency.RunAsync(filter, CancellationToken.None);
        var articles = await Queries.Articles.RunAsync(filter, CancellationToken.None);

        Assert.Contains(sentences.Articles, a => a.RealTerms.Count > 2 && a.SuspendedTerms.Count > 2 && a.RealTerms.Histogram.Count > 1);
        Assert.True(transparency.Totals.BySource.Count >= 3);
        Assert.InRange(transparency.Totals.PublishedVerdictCases, 1, transparency.Totals.VerdictCases - 1);
        Assert.Contains(articles.Articles, a => a.Parts.Count >= 2 && a.Parts.Sum(p => p.Defendants) > a.Totals.Defendants);
    }
}
