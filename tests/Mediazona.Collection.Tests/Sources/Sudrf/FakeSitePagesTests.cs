using Mediazona.Collection.Sources.Sudrf;
using Mediazona.Collection.Tests.Support;

namespace Mediazona.Collection.Tests.Sources.Sudrf;

/// <summary>The pure functions against the fake site's pages, built from the URLs the collector sends.</summary>
public class FakeSitePagesTests(FakeSiteFixture fake) : IClassFixture<FakeSiteFixture>
{
    static readonly SearchQuery Everything = new("", new DateOnly(2022, 9, 24), new DateOnly(2026, 11, 30));

    Task<(int Status, string Text)> Search(string code, QueryVariant variant, int page = 1) =>
        fake.FetchAsync(SearchUrls.List(fake.Site.BaseUrl(code), variant, Everything with { CourtCode = code, Page = page }));

    [Fact]
    public async Task Every_page_of_an_A_court_lists_25_rows_and_together_they_hold_every_case()
    {
        var court = fake.Site.Courts[0];
        var (_, first) = await Search(court.Code, QueryVariant.A);
        var page = SearchListParser.Parse(first)!;
        Assert.Equal((QueryVariant.A, court.Cases.Count, court.Code), (page.Generation, page.Total, page.CourtCode));
        Assert.Equal(25, page.Rows.Count);
        var keys = new List<string>();
        for (var n = 1; n <= page.PageCount; n++)
            keys.AddRange(SearchListParser.Parse((await Search(court.Code, QueryVariant.A, n)).Text)!.Rows.Select(r => r.CardKey));
        Assert.Equal(court.Cases.Select(c => $"case_id={c.CardId}"), keys);
    }

    [Fact]
    public async Task A_B_court_answers_an_A_query_with_an_empty_list_and_a_B_query_with_20_rows()
    {
        var court = fake.Site.Courts[1];
        var (_, aStyle) = await Search(court.Code, QueryVariant.A);
        Assert.Equal(PageKind.EmptyList, PageClassifier.Classify(200, aStyle).Kind);
        Assert.Equal(QueryVariant.B, SiteGenerations.Detect(aStyle));
        var (_, bStyle) = await Search(court.Code, QueryVariant.B);
        var page = SearchListParser.Parse(bStyle)!;
        Assert.Equal((QueryVariant.B, 20, court.Cases.Count), (page.Generation, page.Rows.Count, page.Total));
        Assert.Equal((court.Cases.Count + 19) / 20, page.PageCount);
        Assert.Equal(court.Cases[0].CaseNumber, page.Rows[0].CaseNumber);
    }

    [Fact]
    public async Task A_seven_column_court_is_read_like_an_eight_column_one()
    {
        var court = fake.Site.Courts[2];
        var page = SearchListParser.Parse((await Search(court.Code, QueryVariant.A)).Text)!;
        Assert.Equal(court.Cases.Take(25).Select(c => (c.CaseNumber, (DateOnly?)c.EntryDate, c.DecisionDate)),
            page.Rows.Select(r => (r.CaseNumber, r.EntryDate, r.DecisionDate)));
    }

    [Theory]
    [InlineData(3, PageKind.Captcha)]
    [InlineData(4, PageKind.ModuleOff)]
    [InlineData(9, PageKind.Blocked)]
    public async Task Faulty_courts_are_classified_by_their_page(int index, PageKind expected)
    {
        var (status, text) = await Search(fake.Site.Courts[index].Code, QueryVariant.A);
        Assert.Equal(expected, PageClassifier.Classify(status, text).Kind);
    }

    [Fact]
    public async Task A_B_court_refuses_a_client_that_is_not_a_browser_with_a_403_read_as_blocked()
    {
        using var curl = new HttpClient();
        curl.DefaultRequestHeaders.UserAgent.ParseAdd("curl/8.5.0");
        var court = fake.Site.Courts[1];
        using var response = await curl.GetAsync(SearchUrls.List(fake.Site.BaseUrl(court.Code), QueryVariant.B, Everything with { CourtCode = court.Code }));
        var text = Windows1251.Decode(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType?.ToString());
        var verdict = PageClassifier.Classify((int)response.StatusCode, text);
        Assert.Equal(PageKind.Blocked, verdict.Kind);
        Assert.Contains("Данный запрос некорректен", verdict.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cards_from_both_generations_are_cards_with_their_court_code()
    {
        foreach (var court in new[] { fake.Site.Courts[0], fake.Site.Courts[1] })
        {
            var variant = court.GenerationB ? QueryVariant.B : QueryVariant.A;
            var row = SearchListParser.Parse((await Search(court.Code, variant)).Text)!.Rows[0];
            var (status, card) = await fake.FetchAsync(SearchUrls.Card(fake.Site.BaseUrl(court.Code), row.CardHref));
            Assert.Equal(PageKind.Card, PageClassifier.Classify(status, card).Kind);
            Assert.Equal(court.Code, CourtCodes.FromPage(card));
            Assert.Contains(court.Cases[0].JudicialUid, card, StringComparison.Ordinal);
            Assert.True(CaseUid.IsValid(court.Cases[0].JudicialUid));
        }
    }

    [Fact]
    public async Task The_article_filter_arrives_as_windows_1251_and_narrows_the_list()
    {
        var court = fake.Site.Courts[0];
        var url = SearchUrls.List(fake.Site.BaseUrl(court.Code), QueryVariant.A, Everything with { CourtCode = court.Code, Article = "337 ч.5" });
        var page = SearchListParser.Parse((await fake.FetchAsync(url)).Text)!;
        var expected = court.Cases.Count(c => c.Defendants.Any(d => d.Charges.StartsWith("ст.337 ч.5 ", StringComparison.Ordinal)));
        Assert.Equal(expected, page.Total);
        Assert.InRange(expected, 1, court.Cases.Count - 1);
    }
}
