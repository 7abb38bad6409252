using Mediazona.Courts.Hierarchy;
using Mediazona.Courts.Registry;

namespace Mediazona.Courts.Tests.Hierarchy;

public class CourtHierarchyTests
{
    static readonly CourtRegistry Courts = CourtRegistry.Current;

    [Fact]
    public void Every_parent_exists_and_sits_one_level_up()
    {
        Assert.All(Courts.Courts.Where(c => c.ParentCode is not null), court =>
        {
            var parent = Courts.ByCode(court.ParentCode);
            Assert.NotNull(parent);
            Assert.Equal(court.Level + 1, parent.Level);
        });
    }

    [Fact]
    public void Every_garrison_court_has_a_district_except_the_31_prefix_left_open()
    {
        var orphans = Courts.Courts.Where(c => c.Level == CourtLevel.Garrison && c.ParentCode is null).Select(c => c.Code).Order().ToList();
        Assert.Equal(["31GV0007", "31GV0008", "31GV0014", "31GV0015"], orphans);
    }

    [Theory]
    [InlineData("39GV0005", "39OV0000")]
    [InlineData("77GV0020", "77OV0000")]
    [InlineData("66GV0008", "66OV0001")]
    [InlineData("54GV0001", "66OV0001")]
    [InlineData("63GV0006", "66OV0001")]
    [InlineData("78OV0000", "50AV0000")]
    [InlineData("50AV0000", "54KV0000")]
    public void Parents_follow_the_appeal_route(string code, string parent)
    {
        Assert.Equal(parent, Courts.ByCode(code)?.ParentCode);
    }

    [Fact]
    public void Garrison_courts_with_an_own_district_prefix_go_to_that_district()
    {
        var withOwn = Courts.Courts.Where(c => c.Level == CourtLevel.Garrison && !CourtHierarchy.DistrictByPrefix.ContainsKey(c.Code[..2]) && c.ParentCode is not null);
        Assert.All(withOwn, c => Assert.Equal(c.Code[..2], c.ParentCode![..2]));
        // 100 garrison courts less four of prefix 31, six of 54 and eight of 63.
        Assert.Equal(100 - 4 - 6 - 8, withOwn.Count());
    }

    [Fact]
    public void The_cassation_court_is_the_top()
    {
        Assert.Null(Courts.ByCode("54KV0000")!.ParentCode);
        Assert.Null(Courts.ByCode("54KV0000")!.DistrictCode);
    }

    [Fact]
    public void A_prefix_with_two_district_courts_is_ambiguous_and_gets_none()
    {
        var table = (IReadOnlyCollection<(string, CourtLevel)>)[("77OV0000", CourtLevel.District), ("77OV0001", CourtLevel.District)];
        Assert.Null(CourtHierarchy.ParentOf("77GV0020", CourtLevel.Garrison, table));
    }
}
