using Mediazona.Contracts.Cases.V1;
using CourtRegistry = Mediazona.Courts.Registry.CourtRegistry;
using Mediazona.Ingestion.Normalisation;
using Mediazona.Ingestion.Sources.Sudrf;

namespace Mediazona.Ingestion.Courts;

/// <summary>
/// A card's court from three witnesses: the sender's explicit code, the page's own code (fields and links) and the
/// page's host (its source URL, else the host most of its links point to) looked up in the registry. The sender wins,
/// because it is the only way to import pages of a court the registry lacks or whose pages carry a wrong code; then
/// the page; then the host. Every disagreement is written on the resolution, which the stored revision keeps.
/// </summary>
public static class CourtResolver
{
    /// <summary>The court and how it was settled, or null when no witness names a code (the caller rejects the card).</summary>
    public static (Court Court, CourtResolution Resolution)? Resolve(PageCourtClues page, string sourceUrl, string? senderCode, CourtRegistry registry)
    {
        var sender = CourtClues.Normalise(senderCode);
        var pageCode = page.Codes.Count > 0 ? page.Codes[0] : null;
        var hostCode = HostCourt(page, sourceUrl, registry)?.Code;
        var (code, source) = sender is not null ? (sender, CourtCodeSource.Sender)
            : pageCode is not null ? (pageCode, CourtCodeSource.Page)
            : hostCode is not null ? (hostCode, CourtCodeSource.Host)
            : (null, CourtCodeSource.Unspecified);
        if (code is null)
            return null;

        var resolution = new CourtResolution
        {
            Source = source,
            SenderCode = sender ?? "",
            PageCode = pageCode ?? "",
            HostCode = hostCode ?? "",
            RegistryVersion = registry.Version,
            Disagreements = { Disagreements(sender, page.Codes, hostCode) },
        };
        var court = new Court
        {
            Code = code,
            Name = page.Name.Length > 0 ? page.Name : registry.ByCode(code)?.Name ?? "",
            Host = CaseNormaliser.HostOf(sourceUrl.Trim()),
        };
        return (court, resolution);
    }

    /// <summary>The registry's court for the source URL's host, else for the host that most of the page's links point to.</summary>
    static Mediazona.Courts.Registry.Court? HostCourt(PageCourtClues page, string sourceUrl, CourtRegistry registry) =>
        registry.ByUrl(sourceUrl)
        ?? page.LinkHosts.Select(registry.ByHost).OfType<Mediazona.Courts.Registry.Court>()
            .GroupBy(c => c.Code).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();

    static IEnumerable<string> Disagreements(string? sender, IReadOnlyList<string> pageCodes, string? hostCode)
    {
        var pageCode = pageCodes.Count > 0 ? pageCodes[0] : null;
        if (sender is not null && pageCode is not null && sender != pageCode)
            yield return $"the sender's code {sender} differs from the page's code {pageCode}; the sender's is kept";
        if (sender is not null && hostCode is not null && sender != hostCode && hostCode != pageCode)
            yield return $"the sender's code {sender} differs from the registry's court for the page's host, {hostCode}; the sender's is kept";
        if (pageCode is not null && hostCode is not null && pageCode != hostCode)
            yield return $"the page's code {pageCode} differs from the registry's court for the page's host, {hostCode}";
        if (pageCodes.Count > 1)
            yield return $"the page names several court codes: {string.Join(", ", pageCodes)}; the first is taken";
    }
}
