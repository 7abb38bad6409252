using Mediazona.Contracts.Courts.V1;
using Mediazona.Courts.Registry;
using Registered = Mediazona.Courts.Registry.Court;

namespace Mediazona.Ingestion.Courts;

/// <summary>ListCourts as a pure function of the registry: the filters, and the one mapping of registry courts to the contract.</summary>
public static class CourtListing
{
    /// <summary>The answer, or the field at fault and why (a district filter that names no district or fleet court).</summary>
    public static (ListCourtsResponse? Response, string? Problem) List(CourtRegistry registry, ListCourtsRequest request)
    {
        var district = request.District.Trim();
        IEnumerable<Registered> courts = registry.Courts;
        if (district.Length > 0)
        {
            courts = registry.InDistrict(district);
            if (!courts.Any())
                return (null, $"'{district}' is not a district or fleet court's code (e.g. 77OV0000)");
        }
        if (request.Level != Contracts.Courts.V1.CourtLevel.Unspecified)
            courts = courts.Where(c => ToContract(c.Level) == request.Level);
        return (new ListCourtsResponse { Courts = { courts.Select(ToContract) }, RegistryVersion = registry.Version }, null);
    }

    public static Contracts.Courts.V1.Court ToContract(Registered court) => new()
    {
        Code = court.Code,
        Name = court.Name,
        Host = court.Host,
        SiteHost = court.SiteHost,
        Region = court.Region,
        Level = ToContract(court.Level),
        ParentCode = court.ParentCode ?? "",
        DistrictCode = court.DistrictCode ?? "",
    };

    static Contracts.Courts.V1.CourtLevel ToContract(Mediazona.Courts.Registry.CourtLevel level) => level switch
    {
        Mediazona.Courts.Registry.CourtLevel.Garrison => Contracts.Courts.V1.CourtLevel.Garrison,
        Mediazona.Courts.Registry.CourtLevel.District => Contracts.Courts.V1.CourtLevel.District,
        Mediazona.Courts.Registry.CourtLevel.Appeal => Contracts.Courts.V1.CourtLevel.Appeal,
        Mediazona.Courts.Registry.CourtLevel.Cassation => Contracts.Courts.V1.CourtLevel.Cassation,
        _ => Contracts.Courts.V1.CourtLevel.Unspecified,
    };
}
