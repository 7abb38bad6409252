using Mediazona.Collection.Sources.Sudrf;

namespace Mediazona.Collection.Tests.Sources.Sudrf;

public class SearchUrlsTests
{
    static readonly Uri Site = new("https://2zovs--msk.sudrf.ru/");
    static readonly SearchQuery Window = new("77OV0000", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31));

    [Fact]
    public void Generation_A_sends_the_hidden_fields_dates_and_Submit_in_order()
    {
        var url = SearchUrls.List(Site, QueryVariant.A, Window with { Page = 3 }).AbsoluteUri;
        Assert.Equal("https://2zovs--msk.sudrf.ru/modules.php?name=sud_delo&srv_num=1&name_op=r&delo_id=1540006&case_type=0&new=0&delo_table=u1_case"
            + "&u1_case__ENTRY_DATE1D=01.01.2025&u1_case__ENTRY_DATE2D=31.01.2025&page=3&Submit=%CD%E0%E9%F2%E8", url);
        Assert.DoesNotContain("vnkod=", url, StringComparison.Ordinal); // an empty vnkod= brings back the search form
    }

    [Fact]
    public void Generation_B_fills_the_court_code_and_pages_with_underscore_page()
    {
        var url = SearchUrls.List(Site, QueryVariant.B, Window with { Page = 2 }).AbsoluteUri;
        Assert.Contains("name_op=r&_page=2&vnkod=77OV0000&srv_num=1&_deloId=1540006&case__case_type=0&_new=0&case__vnkod=77OV0000&case__num_build=1", url, StringComparison.Ordinal);
        Assert.Contains("&parts__namess=&case__entry_date1d=01.01.2025&case__entry_date2d=31.01.2025", url, StringComparison.Ordinal);
        Assert.DoesNotContain("process-type", url, StringComparison.Ordinal);
        Assert.Contains("process-type=1540006_0_0", SearchUrls.List(Site, QueryVariant.BProcessType, Window).AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("&part__namess=&", SearchUrls.List(Site, QueryVariant.BPartNames, Window).AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Cyrillic_values_are_percent_encoded_in_windows_1251()
    {
        Assert.Contains("U1_DEFENDANT__LAW_ARTICLESS=337+%F7.5", SearchUrls.List(Site, QueryVariant.A, Window with { Article = "337 ч.5" }).AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("parts__law_articless=337+%F7.5+%EF.%E0", SearchUrls.List(Site, QueryVariant.B, Window with { Article = "337 ч.5 п.а" }).AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_solved_captcha_rides_on_the_search_url() =>
        Assert.EndsWith("&captcha=36960&captchaid=v3ruvq66jtumpc886v4g0fp6o7",
            SearchUrls.List(Site, QueryVariant.A, Window with { Captcha = ("36960", "v3ruvq66jtumpc886v4g0fp6o7") }).AbsoluteUri, StringComparison.Ordinal);

    [Theory]
    [InlineData("https://gvs--krs.sudrf.ru/", "https://gvs--krs.sudrf.ru/modules.php?name=sud_delo&name_op=case&case_id=1")]
    [InlineData("http://127.0.0.1:8090/99GV0001/", "http://127.0.0.1:8090/99GV0001/modules.php?name=sud_delo&name_op=case&case_id=1")]
    public void Card_links_stay_under_the_court_site(string site, string expected) =>
        Assert.Equal(expected, SearchUrls.Card(new Uri(site), "/modules.php?name=sud_delo&name_op=case&case_id=1").AbsoluteUri);
}
