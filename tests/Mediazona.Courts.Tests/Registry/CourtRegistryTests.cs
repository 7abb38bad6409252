using Mediazona.Courts.Registry;

namespace Mediazona.Courts.Tests.Registry;

public class CourtRegistryTests
{
    static readonly CourtRegistry Courts = CourtRegistry.Current;

    [Fact]
    public void The_shipped_table_has_the_111_military_courts_by_level()
    {
        Assert.Equal(111, Courts.Courts.Count);
        Assert.Equal(100, Courts.Courts.Count(c => c.Level == CourtLevel.Garrison));
        Assert.Equal(9, Courts.Courts.Count(c => c.Level == CourtLevel.District));
        Assert.Equal("50AV0000", Assert.Single(Courts.Courts, c => c.Level == CourtLevel.Appeal).Code);
        Assert.Equal("54KV0000", Assert.Single(Courts.Courts, c => c.Level == CourtLevel.Cassation).Code);
    }

    [Fact]
    public void Codes_and_hosts_are_unique()
    {
        Assert.Equal(Courts.Courts.Count, Courts.Courts.Select(c => c.Code).Distinct().Count());
        Assert.Equal(Courts.Courts.Count, Courts.Courts.Select(c => c.Host).Distinct().Count());
        Assert.All(Courts.Courts, c => Assert.NotEqual(c.Host, c.SiteHost));
    }

    [Fact]
    public void Every_court_is_found_by_its_host_in_both_forms_and_by_a_url_on_either()
    {
        Assert.All(Courts.Courts, court =>
        {
            Assert.Same(court, Courts.ByHost(court.Host));
            Assert.Same(court, Courts.ByHost(court.SiteHost));
            Assert.Same(court, Courts.ByUrl($"https://{court.SiteHost}/modules.php?name=sud_delo&srv_num=1"));
            Assert.Same(court, Courts.ByUrl($"http://www.{court.Host.ToUpperInvariant()}:8080/"));
        });
    }

    [Theory]
    [InlineData("77GV0020", "Курский гарнизонный военный суд")]
    [InlineData("77gv0020", "Курский гарнизонный военный суд")]
    [InlineData(" 39gv0005 ", "224 гарнизонный военный суд")]
    public void A_court_is_found_by_its_code_in_any_case(string code, string name)
    {
        Assert.Equal(name, Courts.ByCode(code)?.Name);
    }

    [Theory]
    [InlineData("gvs.krs.sudrf.ru", "77GV0020")]
    [InlineData("gvs--krs.sudrf.ru", "77GV0020")]
    [InlineData("GVS--KRS.SUDRF.RU:443", "77GV0020")]
    [InlineData("www.gvs.krs.sudrf.ru", "77GV0020")]
    [InlineData("vkas.sudrf.ru", "54KV0000")]
    public void Hosts_resolve_in_every_spelling(string host, string code)
    {
        Assert.Equal(code, Courts.ByHost(host)?.Code);
    }

    [Theory]
    [InlineData("46GV0001")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_or_missing_code_finds_nothing(string? code)
    {
        Assert.Null(Courts.ByCode(code));
    }

    [Theory]
    [InlineData("https://kursky-gvs.krs.sudrf.ru/modules.php?name=sud_delo")]
    [InlineData("https://ej.sudrf.ru/?fromOa=77GV0020")]
    [InlineData("modules.php?name=sud_delo")]
    [InlineData("")]
    public void Urls_of_no_known_court_find_nothing(string url)
    {
        Assert.Null(Courts.ByUrl(url));
    }

    [Fact]
    public void A_district_holds_itself_and_exactly_the_garrison_courts_whose_parent_it_is()
    {
        var baltic = Courts.InDistrict("39ov0000");
        Assert.Contains(baltic, c => c.Code == "39OV0000");
        Assert.Contains(baltic, c => c.Code == "39GV0005");
        Assert.All(baltic, c => Assert.True(c.Code == "39OV0000" || c.ParentCode == "39OV0000"));
        Assert.Equal(Courts.Courts.Count(c => c.ParentCode == "39OV0000" && c.Level == CourtLevel.Garrison) + 1, baltic.Count);
    }

    [Theory]
    [InlineData("39GV0005")]
    [InlineData("50AV0000")]
    [InlineData("46OV0000")]
    public void Only_a_district_code_expands(string code)
    {
        Assert.Empty(Courts.InDistrict(code));
    }

    [Fact]
    public void Districts_together_hold_every_garrison_court_that_has_a_district()
    {
        var inDistricts = Courts.Districts.SelectMany(d => Courts.InDistrict(d.Code)).Where(c => c.Level == CourtLevel.Garrison).ToList();
        Assert.Equal(Courts.Courts.Count(c => c.Level == CourtLevel.Garrison && c.ParentCode is not null), inDistricts.Count);
        Assert.Equal(inDistricts.Count, inDistricts.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void The_version_names_the_schema_and_moves_with_the_content()
    {
        Assert.Matches("^courts\\.v1\\+[0-9a-f]{12}$", Courts.Version);
        var table = "code,name,host,region,level\n54KV0000,Кассационный военный суд,vkas.sudrf.ru,Новосибирская область,cassation\n";
        var other = table.Replace("Новосибирская", "Томская", StringComparison.Ordinal);
        Assert.NotEqual(CourtRegistry.VersionOf(table), CourtRegistry.VersionOf(other));
        Assert.Equal(CourtRegistry.VersionOf(table), CourtRegistry.VersionOf(table.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }
}
