using Mediazona.Collection.Sources.Sudrf;
using Mediazona.Collection.Tests.Support;

namespace Mediazona.Collection.Tests.Sources.Sudrf;

public class SearchListParserTests
{
    [Fact]
    public void Reads_a_generation_A_list_rows_count_and_pages()
    {
        var page = SearchListParser.Parse(RealPages.ListA)!;
        Assert.Equal(QueryVariant.A, page.Generation);
        Assert.Equal(567, page.Total);
        Assert.Equal((1, 25), (page.FirstRow, page.LastRow));
        Assert.Equal(23, page.MaxLinkedPage);
        Assert.Equal(23, page.PageCount);
        Assert.Equal("77OV0000", page.CourtCode);
        Assert.Equal(["case_id=3179346", "case_id=3170001"], page.Rows.Select(r => r.CardKey));
        Assert.Equal("1-523/2026", page.Rows[0].CaseNumber);
        Assert.Equal(new DateOnly(2026, 11, 14), page.Rows[0].EntryDate);
        Assert.Null(page.Rows[0].DecisionDate);
        Assert.Equal("", page.Rows[0].Decision);
        Assert.Equal(new DateOnly(2026, 11, 20), page.Rows[1].DecisionDate);
        Assert.Contains("Вынесен ПРИГОВОР", page.Rows[1].Decision, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_generation_B_list_and_skips_the_mobile_copy()
    {
        var page = SearchListParser.Parse(RealPages.ListB)!;
        Assert.Equal(QueryVariant.B, page.Generation);
        Assert.Equal(2, page.Total);
        Assert.Equal(1, page.PageCount);
        Assert.Equal("63GV0001", page.CourtCode);
        Assert.Equal(["_id=555", "_uid=cc-dd"], page.Rows.Select(r => r.CardKey));
        Assert.Equal(new DateOnly(2026, 2, 4), page.Rows[1].EntryDate);
        Assert.StartsWith("/modules.php?name=sud_delo&name_op=case&_id=555", page.Rows[0].CardHref, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_a_results_table_is_not_a_list() =>
        Assert.Null(SearchListParser.Parse(RealPages.NoResultsA));

    [Fact]
    public void Seven_column_rows_are_read_and_shorter_rows_skipped()
    {
        const string html = """
            <table id="tablcont"><tr><th>№ дела</th></tr>
            <tr><td><a href='/modules.php?name=sud_delo&name_op=case&case_id=9&delo_id=1540006'>1-9/2025</a></td><td>&nbsp;01.02.2025</td><td>x</td><td>y</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
            <tr><td><a href='/modules.php?case_id=10'>1-10/2025</a></td><td>01.02.2025</td></tr></table>
            """;
        var page = SearchListParser.Parse(html)!;
        Assert.Equal(["case_id=9"], page.Rows.Select(r => r.CardKey));
        Assert.Null(page.Total);
        Assert.Equal(1, page.PageCount);
    }

    [Theory]
    [InlineData(RealPages.ListA, QueryVariant.A)]
    [InlineData(RealPages.ListB, QueryVariant.B)]
    [InlineData(RealPages.NoResultsA, QueryVariant.A)]
    public void The_generation_shows_in_modSdpContent(string html, QueryVariant expected) =>
        Assert.Equal(expected, SiteGenerations.Detect(html));

    [Fact]
    public void A_page_without_modSdpContent_says_nothing_about_the_generation() =>
        Assert.Null(SiteGenerations.Detect(RealPages.CaptchaRefused));
}
