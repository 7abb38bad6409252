using Mediazona.Cli.Collection;
using Mediazona.Cli.Output;
using Mediazona.Contracts.Collection.V1;
using Mediazona.Contracts.Courts.V1;

namespace Mediazona.Cli.Tests.Collection;

/// <summary>mzctl crawl and courts: their options and the rows they print.</summary>
public class CollectionCommandTests
{
    static object Value(Sheet sheet, object[] row, string column) => row[sheet.Columns.ToList().FindIndex(c => c.Name == column)];

    [Theory]
    [InlineData("99gv0001=http://127.0.0.1:8090/99GV0001/", "99GV0001", "http://127.0.0.1:8090/99GV0001/")]
    [InlineData("77GV0020 = https://mirror.example/kursk", "77GV0020", "https://mirror.example/kursk")]
    public void A_site_override_is_a_code_and_an_http_url(string text, string code, string url)
    {
        var site = CrawlOptions.ParseSite(text);
        Assert.NotNull(site);
        Assert.Equal((code, url), (site.CourtCode, site.BaseUrl));
    }

    [Theory]
    [InlineData("99GV0001")]
    [InlineData("=http://127.0.0.1/")]
    [InlineData("99GV0001=ftp://127.0.0.1/")]
    [InlineData("99GV0001=not a url")]
    public void Anything_else_is_no_site_override(string text) => Assert.Null(CrawlOptions.ParseSite(text));

    [Fact]
    public void The_crawl_table_has_a_row_per_court_and_a_court_that_ended_in_a_fault_is_not_collected()
    {
        CrawlResponse[] finished =
        [
            new() { CourtCode = "99GV0002", Finished = true, Result = "Captcha", Cause = "«Проверочный код»", ListPages = 1 },
            new() { CourtCode = "99GV0001", Finished = true, Result = CrawlSheets.Ok, ListPages = 3, CardsFetched = 60, NewCases = 50, Revisions = 4, Unchanged = 5, Rejected = 1 },
        ];
        var sheet = CrawlSheets.Of(finished);

        Assert.Equal(["99GV0001", "99GV0002"], sheet.Rows.Select(r => (string)Value(sheet, r, "court_code")));
        Assert.Equal(60, Value(sheet, sheet.Rows[0], "cards"));
        Assert.Equal("Captcha", Value(sheet, sheet.Rows[1], "status"));
        Assert.Equal("1 of 2 collected", sheet.Totals![sheet.Columns.ToList().FindIndex(c => c.Name == "status")]);
        Assert.True(CrawlSheets.Collected(finished[1]));
        Assert.False(CrawlSheets.Collected(finished[0]));
    }

    [Fact]
    public void Every_registry_court_gets_a_row_and_one_the_collector_never_reported_reads_unknown()
    {
        var courts = new ListCourtsResponse { RegistryVersion = "courts.v1+abc" };
        courts.Courts.Add(new Court { Code = "77OV0000", Name = "3-й окружной военный суд", Level = CourtLevel.District, DistrictCode = "77OV0000" });
        courts.Courts.Add(new Court { Code = "77GV0020", Name = "Курский гарнизонный военный суд", Level = CourtLevel.Garrison, DistrictCode = "77OV0000" });
        var health = new ListCourtHealthResponse
        {
            Courts =
            {
                new CourtHealth { CourtCode = "77GV0020", Status = CourtHealthStatus.ModuleOff, Cause = "«Данный модуль неактивен»" },
                new CourtHealth { CourtCode = "99GV0001", Status = CourtHealthStatus.Ok },
            },
        };

        var sheet = HealthSheets.Of(courts, health).Single();

        Assert.Equal(["77OV0000", "77GV0020", "99GV0001"], sheet.Rows.Select(r => (string)Value(sheet, r, "court_code")));
        Assert.Equal(["UNKNOWN", "MODULE_OFF", "OK"], sheet.Rows.Select(r => (string)Value(sheet, r, "status")));
        Assert.Equal("Курский гарнизонный военный суд", Value(sheet, sheet.Rows[1], "court_name"));
        Assert.Equal(3, HealthSheets.Complete(courts, health).Courts.Count);
    }
}
