using Mediazona.Cli.Statistics;
using Mediazona.Courts.Registry;

namespace Mediazona.Cli.Tests.Statistics;

public class CourtFilterTests
{
    static readonly CourtRegistry Registry = CourtRegistry.Current;

    [Fact]
    public void A_district_code_stands_for_itself_and_every_court_under_it()
    {
        var codes = CourtFilter.Expand(["39ov0000"], Registry);
        Assert.Equal(Registry.InDistrict("39OV0000").Select(c => c.Code), codes);
        Assert.Contains("39GV0005", codes);
        Assert.Equal("39OV0000", codes[0]);
    }

    [Fact]
    public void Court_codes_pass_as_given_known_or_not_each_once_in_order()
    {
        Assert.Equal(["46GV0001", "77GV0020"], CourtFilter.Expand(["46gv0001", " 77GV0020", "77gv0020", ""], Registry));
    }

    [Fact]
    public void A_court_already_named_is_not_repeated_by_its_district()
    {
        var codes = CourtFilter.Expand(["39GV0005", "39OV0000"], Registry);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal("39GV0005", codes[0]);
        Assert.Equal(Registry.InDistrict("39OV0000").Count, codes.Count);
    }
}
