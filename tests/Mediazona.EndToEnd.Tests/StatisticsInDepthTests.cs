using System.Net;
using Grpc.Core;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests;

/// <summary>The statistics queries beyond the summary, through the gateway: JSON, CSV and the gRPC watch stream.</summary>
[Collection(SuiteCollection.Name)]
public sealed class StatisticsInDepthTests(SuiteFixture suite) : IDisposable
{
    const string Verdict = "Вынесен ПРИГОВОР";
    readonly JsonApi _api = new(suite.GatewayHttp);

    /// <summary>Four mobilisation-era cases of one court received by 3 April 2023, two with a verdict, plus a later one.</summary>
    static SubmitCasesRequest Sample(string court) => new()
    {
        Cases =
        {
            Case(court, "1-1/2023", "2023-01-10", Defendant(1, "ст.337 ч.5 УК РФ", Suspended(60, 36))).Decided("2023-02-01", Verdict),
            Case(court, "1-2/2023", "2023-02-15", Defendant(1, "ст.332 ч.2.1 УК РФ"), Defendant(2, "ст.332 ч.2.1 УК РФ")),
            Case(court, "1-3/2023", "2023-03-01", Defendant(1, "ст.337 ч.3.1 УК РФ; ст.337 ч.5 УК РФ", Imprisonment(84))).Decided("2023-03-20", Verdict),
            Case(court, "1-4/2023", "2023-03-05", Defendant(1, "ст.338 ч.3 УК РФ")),
            Case(court, "1-5/2023", "2023-05-01", Defendant(1, "ст.337 ч.5 УК РФ")),
        },
    };

    async Task<string> Submitted()
    {
        var court = NewCourtCode();
        await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", Sample(court));
        await Eventually.Until(() => _api.GetAsync<GetSummaryResponse>($"/api/v1/stats/summary?asOf=2023-06-01&courtCodes={court}"),
            s => s.Cases == 5, suite);
        return court;
    }

    [Fact]
    public async Task Every_query_answers_as_json_through_the_gateway()
    {
        var court = await Submitted();
        var query = $"asOf=2023-04-03&courtCodes={court}";

        var monthly = await _api.GetAsync<GetMonthlyIntakeResponse>($"/api/v1/stats/monthly?{query}");
        Assert.Equal(["2023-01 1 0", "2023-02 1 1", "2023-03 2 1"], monthly.Months.Select(m => $"{m.Month} {m.CasesReceived} {m.Verdicts}"));
        Assert.Equal("2023-03", monthly.RecordMonth);

        var articles = await _api.GetAsync<GetArticleBreakdownResponse>($"/api/v1/stats/articles?{query}");
        var awol = articles.Articles.Single(a => a.Article == "337");
        Assert.Equal((2L, 2L, 2L, 2L), (awol.Totals.Cases, awol.Totals.Defendants, awol.Totals.VerdictCases, awol.Totals.ConvictedDefendants));
        Assert.Equal(["3.1: 1", "5: 2"], awol.Parts.Select(p => $"{p.Part}: {p.Defendants}"));
        Assert.Equal(2, articles.Articles.Single(a => a.Article == "332").Totals.Defendants);

        var sentences = await _api.GetAsync<GetSentenceStatsResponse>($"/api/v1/stats/sentences?{query}&article=337");
        var awolSentences = sentences.Articles.Single(a => a.Article == "337");
        Assert.Equal(2, awolSentences.KnownSentences);
        Assert.Equal(0.5, awolSentences.SuspendedShare, 6);
        Assert.Equal((84, court), (awolSentences.RealTerms.MaxMonths, awolSentences.RealTerms.MaxCourtCode));
        Assert.Equal(60, awolSentences.SuspendedTerms.MaxMonths);

        var courts = await _api.GetAsync<GetCourtBreakdownResponse>($"/api/v1/stats/courts?{query}");
        var ours = Assert.Single(courts.Courts);
        Assert.Equal((4L, 2L, 84, 60), (ours.Cases, ours.VerdictCases, ours.LongestRealMonths, ours.LongestSuspendedMonths));
        Assert.Equal("Тестовый гарнизонный военный суд", ours.CourtName);

        var transparency = await _api.GetAsync<GetTransparencyResponse>($"/api/v1/stats/transparency?{query}");
        Assert.Equal(2, transparency.Totals.VerdictCases);
        Assert.Equal(2, transparency.Totals.KnownSentences);
        Assert.Equal(FactSource.PressRelease, Assert.Single(transparency.Totals.BySource).Source);

        var page = await _api.GetAsync<ListCasesResponse>($"/api/v1/stats/cases?{query}&pageSize=3");
        var next = await _api.GetAsync<ListCasesResponse>($"/api/v1/stats/cases?{query}&pageSize=3&pageToken={Uri.EscapeDataString(page.NextPageToken)}");
        Assert.Equal(3, page.Rows.Count);
        Assert.Equal(2, next.Rows.Count);
        Assert.Equal("", next.NextPageToken);
        Assert.Equal(5, page.Rows.Concat(next.Rows).Select(r => (r.CaseId, r.DefendantOrdinal)).Distinct().Count());
    }

    [Fact]
    public async Task The_case_table_comes_as_csv_through_the_gateway()
    {
        var court = await Submitted();

        using var response = await _api.GetRawAsync($"/api/v1/stats/cases?format=csv&asOf=2023-04-03&courtCodes={court}");
        var text = await response.Content.ReadAsStringAsync();
        using var alias = await _api.GetRawAsync($"/api/v1/stats/cases.csv?asOf=2023-04-03&courtCodes={court}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("case_id,court_code,", lines[0], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length); // header + five defendants of four cases
        Assert.Contains(lines, l => l.Contains("\"337 ч.3.1; 337 ч.5\"", StringComparison.Ordinal) || l.Contains(",337 ч.3.1; 337 ч.5,", StringComparison.Ordinal));
        Assert.Equal(text, await alias.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invalid_filters_are_a_client_error_naming_the_field()
    {
        using var json = await _api.GetRawAsync("/api/v1/stats/sentences?asOf=2023-02-30");
        using var csv = await _api.GetRawAsync("/api/v1/stats/cases.csv?entryFrom=soon");

        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("as_of", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Contains("entry_from", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_summary_over_grpc_pushes_a_new_summary_after_new_cases_land()
    {
        var court = await Submitted();
        using var channel = SuiteKeys.Channel(suite.GatewayGrpc);
        var client = new StatisticsService.StatisticsServiceClient(channel);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90)); // a bound, not an assertion

        using var call = client.WatchSummary(new WatchSummaryRequest { AsOf = "2023-06-01", CourtCodes = { court } }, cancellationToken: stop.Token);
        Assert.True(await call.ResponseStream.MoveNext(stop.Token));
        Assert.Equal(5, call.ResponseStream.Current.Summary.Cases);

        await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit",
            new SubmitCasesRequest { Cases = { Case(court, "1-6/2023", "2023-05-02", Defendant(1, "ст.337 ч.5 УК РФ")) } });
        // Other tests' batches also move the version: read until our case shows.
        var cases = 5L;
        while (cases < 6 && await call.ResponseStream.MoveNext(stop.Token))
            cases = call.ResponseStream.Current.Summary.Cases;

        Assert.Equal(6, cases);
        await stop.CancelAsync();
    }

    public void Dispose() => _api.Dispose();
}
