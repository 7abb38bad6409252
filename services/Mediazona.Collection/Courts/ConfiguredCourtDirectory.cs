using Microsoft.Extensions.Options;

namespace Mediazona.Collection.Courts;

/// <summary>
/// Courts from the shared CSV (code,name,host,region,level; Collection:CourtsCsv) plus any listed in Collection:Sites, which win
/// (tests and local runs point courts at a fake site that way). CSV hosts are the portal's dot form; modules.php is served on
/// the «--» form, so the first dot becomes «--».
/// </summary>
public sealed class ConfiguredCourtDirectory : ICourtDirectory
{
    readonly IReadOnlyList<CourtSite> _courts;

    public ConfiguredCourtDirectory(IOptions<CollectionOptions> options)
    {
        var byCode = new Dictionary<string, CourtSite>(StringComparer.OrdinalIgnoreCase);
        if (options.Value.CourtsCsv is { Length: > 0 } path && File.Exists(path))
        {
            foreach (var site in FromCsv(File.ReadLines(path)))
                byCode[site.Code] = site;
        }
        foreach (var site in options.Value.Sites)
            byCode[site.Code] = new CourtSite(site.Code, site.Name ?? site.Code, new Uri(site.BaseUrl.TrimEnd('/') + "/"));
        _courts = byCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<CourtSite> All() => _courts;

    public CourtSite? Find(string code) => _courts.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Rows of military-courts.csv; the header and malformed rows are skipped.</summary>
    public static IEnumerable<CourtSite> FromCsv(IEnumerable<string> lines)
    {
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length < 3 || fields[0].Length != 8 || !fields[2].Contains('.', StringComparison.Ordinal))
                continue;
            var host = fields[2].Trim();
            var dot = host.IndexOf('.', StringComparison.Ordinal);
            yield return new CourtSite(fields[0].Trim(), fields[1].Trim(), new Uri($"https://{host[..dot]}--{host[(dot + 1)..]}/"));
        }
    }
}
