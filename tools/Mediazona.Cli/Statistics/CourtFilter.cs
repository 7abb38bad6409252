using Mediazona.Courts.Registry;

namespace Mediazona.Cli.Statistics;

/// <summary>
/// What --court means: a court's code, or a district or fleet court's code standing for that court and every garrison
/// court under it (from the court registry built into mzctl). Codes the registry does not know pass as given, so
/// courts outside it can still be filtered on.
/// </summary>
internal static class CourtFilter
{
    /// <summary>The codes to send, upper case, each once, in the order given (a district's courts in registry order).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> given, CourtRegistry registry)
    {
        var codes = new List<string>();
        foreach (var text in given)
        {
            var code = text.Trim().ToUpperInvariant();
            if (code.Length == 0)
                continue;
            var district = registry.InDistrict(code);
            foreach (var expanded in district.Count > 0 ? district.Select(c => c.Code) : [code])
            {
                if (!codes.Contains(expanded))
                    codes.Add(expanded);
            }
        }
        return codes;
    }
}
