using Mediazona.Courts.Hosts;

namespace Mediazona.Courts.Registry;

/// <summary>Where a court sits in the military court system.</summary>
public enum CourtLevel
{
    /// <summary>Гарнизонный военный суд (code ..GV....).</summary>
    Garrison,
    /// <summary>Окружной or флотский военный суд (..OV....).</summary>
    District,
    /// <summary>Апелляционный военный суд (..AV....).</summary>
    Appeal,
    /// <summary>Кассационный военный суд (..KV....).</summary>
    Cassation,
}

/// <summary>
/// One military court of the registry. <paramref name="Host"/> is the portal's dot form (gvs.krs.sudrf.ru);
/// <paramref name="ParentCode"/> is the court above it for its own first-instance decisions (null at the top, and for
/// the garrison courts whose district is unknown: see <see cref="Hierarchy.CourtHierarchy"/>).
/// </summary>
public sealed record Court(string Code, string Name, string Host, string Region, CourtLevel Level, string? ParentCode)
{
    /// <summary>The `--` form the court's modules.php is served on (gvs--krs.sudrf.ru).</summary>
    public string SiteHost { get; } = CourtHosts.SiteForm(Host);

    /// <summary>The district or fleet court this court belongs to: its parent for a garrison court, itself for a district court.</summary>
    public string? DistrictCode => Level switch
    {
        CourtLevel.Garrison => ParentCode,
        CourtLevel.District => Code,
        _ => null,
    };
}
