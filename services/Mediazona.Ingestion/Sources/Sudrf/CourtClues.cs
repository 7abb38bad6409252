using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Mediazona.Courts.Hosts;
using Mediazona.Courts.Registry;

namespace Mediazona.Ingestion.Sources.Sudrf;

/// <summary>
/// What a card page says about its court. Codes: hidden fields (vnkod, court_code…), then the card's own URL, then the
/// page's links and counters (ej.sudrf.ru/?fromOa=, counter.sudrf.ru/cnt.php?ssid=, paging and УИД links' vnkod=), in
/// that order, distinct. LinkHosts: the hosts of the page's absolute links, for a court the registry knows by host.
/// Name: the page's own name block, or "".
/// </summary>
public sealed record PageCourtClues(IReadOnlyList<string> Codes, IReadOnlyList<string> LinkHosts, string Name);

static partial class CourtClues
{
    /// <summary>Where pages print the court's name, best first.</summary>
    static readonly Func<IElement, bool>[] NameBlocks =
    [
        e => e.ClassList.Contains("court-name"),
        e => e.Id == "court_name",
        e => e.ClassList.Contains("heading_title"),
        e => e.ClassList.Contains("title"),
        e => e.ClassList.Contains("name-court"),
        e => e.LocalName == "title",
    ];

    public static PageCourtClues Read(List<IElement> all, string sourceUrl)
    {
        var codes = new List<string>();
        void Add(string? code)
        {
            if (code is not null && !codes.Contains(code))
                codes.Add(code);
        }
        foreach (var input in all.Where(e => e.LocalName is "input" or "meta" && e.HasAttribute("name")))
        {
            if ((input.GetAttribute("name") ?? "").ToLowerInvariant() is "vnkod" or "court_code" or "courtcode" or "sud_code" or "kod_suda")
                Add(Normalise(input.GetAttribute("value") ?? input.GetAttribute("content")));
        }
        foreach (var code in CodesInText(sourceUrl))
            Add(code);
        var hosts = new List<string>();
        foreach (var element in all)
        {
            // Links, the counter's image or script, and inline scripts that write the counter.
            var url = element.GetAttribute("href") ?? element.GetAttribute("src");
            foreach (var code in CodesInText(url))
                Add(code);
            if (element.LocalName == "script" && !element.HasAttribute("src"))
            {
                foreach (var code in CodesInText(element.TextContent))
                    Add(code);
            }
            if (element.LocalName == "a" && CourtHosts.HostOfUrl(url) is { } host)
                hosts.Add(host);
        }
        // The page's own name block first; the <title> often appends the module's name after "::".
        var name = NameBlocks
            .SelectMany(all.Where)
            .Select(e => CardText.Clean(CardText.Flat(e).Split("::")[0]))
            .FirstOrDefault(t => t.Length is > 0 and <= 200 && t.Contains("суд", StringComparison.OrdinalIgnoreCase)) ?? "";
        return new PageCourtClues(codes, hosts, name);
    }

    /// <summary>A court code as stored (upper case, the shape 77GV0020), or null when the value is not one.</summary>
    public static string? Normalise(string? value) => CourtCodes.Normalise(CardText.Clean(value));

    static IEnumerable<string> CodesInText(string? text)
    {
        if (string.IsNullOrEmpty(text))
            yield break;
        foreach (Match match in CodeQuery().Matches(text))
        {
            if (Normalise(Uri.UnescapeDataString(match.Groups[1].Value)) is { } code)
                yield return code;
        }
    }

    [GeneratedRegex(@"[?&;](?:vnkod|court_code|fromOa|ssid)=([^&#""'\s<>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CodeQuery();
}
