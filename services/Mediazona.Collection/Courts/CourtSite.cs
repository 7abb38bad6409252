namespace Mediazona.Collection.Courts;

/// <summary>A court the collector can crawl: its code, its name and where its site starts (modules.php lives right under it).</summary>
public sealed record CourtSite(string Code, string Name, Uri BaseUrl);

/// <summary>
/// The courts to crawl. A minimal seam: the court registry library (services/Mediazona.Courts) will replace
/// <see cref="ConfiguredCourtDirectory"/> without the crawler noticing.
/// </summary>
public interface ICourtDirectory
{
    IReadOnlyList<CourtSite> All();

    CourtSite? Find(string code);
}
