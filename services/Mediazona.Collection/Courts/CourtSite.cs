namespace Mediazona.Collection.Courts;

/// <summary>A court the collector can crawl: its code, its name and where its site starts (modules.php lives right under it).</summary>
public sealed record CourtSite(string Code, string Name, Uri BaseUrl);

/// <summary>The courts to crawl (<see cref="ConfiguredCourtDirectory"/>: the registry's and the configured sites).</summary>
public interface ICourtDirectory
{
    IReadOnlyList<CourtSite> All();

    CourtSite? Find(string code);
}
