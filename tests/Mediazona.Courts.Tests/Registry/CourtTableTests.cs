using Mediazona.Courts.Registry;

namespace Mediazona.Courts.Tests.Registry;

public class CourtTableTests
{
    const string Header = "code,name,host,region,level\n";

    [Fact]
    public void Rows_become_courts_with_both_host_forms()
    {
        var court = Assert.Single(CourtTable.Parse(Header + "77gv0020,Курский гарнизонный военный суд,gvs.krs.sudrf.ru,Курская область,garrison\n"));
        Assert.Equal(new Court("77GV0020", "Курский гарнизонный военный суд", "gvs.krs.sudrf.ru", "Курская область", CourtLevel.Garrison, null), court);
        Assert.Equal("gvs--krs.sudrf.ru", court.SiteHost);
    }

    [Theory]
    [InlineData("code;name;host;region;level\n")]
    [InlineData(Header + "77GV0020,Курский,gvs.krs.sudrf.ru,Курская область\n")]
    [InlineData(Header + "77XX0020,Курский,gvs.krs.sudrf.ru,Курская область,garrison\n")]
    [InlineData(Header + "77GV0020,Курский,gvs.krs.sudrf.ru,Курская область,regional\n")]
    public void A_malformed_table_is_refused(string csv)
    {
        Assert.Throws<FormatException>(() => CourtTable.Parse(csv));
    }
}
