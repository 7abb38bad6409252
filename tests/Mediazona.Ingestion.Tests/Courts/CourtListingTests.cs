using Grpc.Core;
using Mediazona.Contracts.Courts.V1;
using Mediazona.Courts.Registry;
using Mediazona.Ingestion.Courts;
using Mediazona.Ingestion.Rpc;
using Mediazona.Ingestion.Tests.Support;

namespace Mediazona.Ingestion.Tests.Courts;

public class CourtListingTests
{
    static readonly CourtRegistry Registry = CourtRegistry.Current;

    static ListCourtsResponse List(string district = "", Contracts.Courts.V1.CourtLevel level = Contracts.Courts.V1.CourtLevel.Unspecified) =>
        CourtListing.List(Registry, new ListCourtsRequest { District = district, Level = level }).Response!;

    [Fact]
    public void Without_filters_every_court_comes_with_its_fields_and_the_registry_version()
    {
        var response = List();
        Assert.Equal(Registry.Courts.Select(c => c.Code), response.Courts.Select(c => c.Code));
        Assert.Equal(Registry.Version, response.RegistryVersion);
        var kursk = response.Courts.Single(c => c.Code == "77GV0020");
        Assert.Equal(("Курский гарнизонный военный суд", "gvs.krs.sudrf.ru", "gvs--krs.sudrf.ru", "Курская область"),
            (kursk.Name, kursk.Host, kursk.SiteHost, kursk.Region));
        Assert.Equal((Contracts.Courts.V1.CourtLevel.Garrison, "77OV0000", "77OV0000"), (kursk.Level, kursk.ParentCode, kursk.DistrictCode));
        var top = response.Courts.Single(c => c.Code == "54KV0000");
        Assert.Equal((Contracts.Courts.V1.CourtLevel.Cassation, "", ""), (top.Level, top.ParentCode, top.DistrictCode));
    }

    [Fact]
    public void Filters_by_district_and_level_combine()
    {
        var district = List("77ov0000");
        Assert.Contains(district.Courts, c => c.Code == "77OV0000");
        Assert.All(district.Courts, c => Assert.Equal("77OV0000", c.DistrictCode));
        var garrisons = List("77OV0000", Contracts.Courts.V1.CourtLevel.Garrison);
        Assert.Equal(district.Courts.Count - 1, garrisons.Courts.Count);
        Assert.Equal(9, List(level: Contracts.Courts.V1.CourtLevel.District).Courts.Count);
    }

    [Fact]
    public async Task A_district_filter_that_names_no_district_court_is_an_invalid_argument()
    {
        var rpc = new CourtsRpc(Registry);
        var ex = await Assert.ThrowsAsync<RpcException>(() => rpc.ListCourts(new ListCourtsRequest { District = "77GV0020" }, TestCallContext.Instance));
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains(List().Courts, c => c.Code == "77GV0020");
    }
}
