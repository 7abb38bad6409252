using Mediazona.Courts.Registry;
using Microsoft.Extensions.Options;

namespace Mediazona.Collection.Courts;

/// <summary>
/// The courts to crawl: every court of the registry (services/Mediazona.Courts) at its site's «--» host, unless
/// Collection:RegistryCourts is false, plus the courts of Collection:Sites, which win (a mirror, a proxy, a local copy, the
/// test suite's fake court site).
/// </summary>
public sealed class ConfiguredCourtDirectory : ICourtDirectory
{
    readonly IReadOnlyList<CourtSite> _courts;

    public ConfiguredCourtDirectory(IOptions<CollectionOptions> options) : this(options.Value, CourtRegistry.Current)
    {
    }

    public ConfiguredCourtDirectory(CollectionOptions options, CourtRegistry registry)
    {
        var byCode = new Dictionary<string, CourtSite>(StringComparer.OrdinalIgnoreCase);
        if (options.RegistryCourts)
        {
            foreach (var court in registry.Courts)
                byCode[court.Code] = new CourtSite(court.Code, court.Name, new Uri($"https://{court.SiteHost}/"));
        }
        foreach (var site in options.Sites)
        {
            var name = site.Name ?? registry.ByCode(site.Code)?.Name ?? site.Code;
            byCode[site.Code] = new CourtSite(site.Code, name, new Uri(site.BaseUrl.TrimEnd('/') + "/"));
        }
        _courts = [.. byCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal)];
    }

    public IReadOnlyList<CourtSite> All() => _courts;

    public CourtSite? Find(string code) => _courts.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}
