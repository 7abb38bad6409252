using Mediazona.Courts.Registry;

namespace Mediazona.Courts.Hierarchy;

/// <summary>
/// The court above each court, for its own first-instance decisions (the appeal route since the 2019 reform):
/// garrison → its district or fleet court; district/fleet → the Апелляционный военный суд (50AV0000);
/// appeal → the Кассационный военный суд (54KV0000); cassation → none in the registry (the Supreme Court's
/// military collegium). Cassation of garrison cases goes straight from the district court to 54KV0000: the
/// appeal court sits above the district courts only for their first-instance cases.
/// </summary>
public static class CourtHierarchy
{
    /// <summary>
    /// District/fleet court of a garrison court by the two leading digits of its code. 25/27/39/51/61/66/75/77/78 have
    /// an OV court of their own. 54 (Novosibirsk and Siberia) and 63 (Samara and the Volga) have none: every one of
    /// their courts sits in a region of the Central military district, whose court is 66OV0001 (Ekaterinburg), so they
    /// go there. 31 (Znamensk, Mirny, 26 and 40 ГВС abroad: the test ranges and cosmodromes) spans four regions
    /// with no district court in common; the 2-й Западный (77OV0000) is likely but unverified, so they have none.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DistrictByPrefix = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["54"] = "66OV0001",
        ["63"] = "66OV0001",
    };

    /// <summary>Parent codes for a table of courts: each court's parent is looked up among the same courts.</summary>
    public static string? ParentOf(string code, CourtLevel level, IReadOnlyCollection<(string Code, CourtLevel Level)> courts)
    {
        string? Single(CourtLevel wanted) => courts.Where(c => c.Level == wanted).Select(c => c.Code).FirstOrDefault();
        return level switch
        {
            CourtLevel.Garrison => DistrictOf(code, courts),
            CourtLevel.District => Single(CourtLevel.Appeal),
            CourtLevel.Appeal => Single(CourtLevel.Cassation),
            _ => null,
        };
    }

    static string? DistrictOf(string code, IReadOnlyCollection<(string Code, CourtLevel Level)> courts)
    {
        var prefix = code[..2];
        var own = courts.Where(c => c.Level == CourtLevel.District && c.Code.StartsWith(prefix, StringComparison.Ordinal)).Select(c => c.Code).ToList();
        if (own.Count == 1)
            return own[0];
        return own.Count == 0 && DistrictByPrefix.TryGetValue(prefix, out var mapped) && courts.Any(c => c.Code == mapped) ? mapped : null;
    }
}
