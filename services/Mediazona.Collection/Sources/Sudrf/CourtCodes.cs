using System.Text.RegularExpressions;

namespace Mediazona.Collection.Sources.Sudrf;

/// <summary>The court code a page shows of itself (left menu, counter, paging or УИД links): every list and card carries one.</summary>
public static partial class CourtCodes
{
    public static string? FromPage(string html) => Code().Match(html) is { Success: true } match ? match.Groups[1].Value.ToUpperInvariant() : null;

    [GeneratedRegex(@"(?:fromOa|ssid|vnkod|case__vnkod)=(\d{2}[A-Za-z]{2}\d{4})\b")]
    private static partial Regex Code();
}
