using System.Text.RegularExpressions;

namespace Mediazona.FakeCourts.Serving;

/// <summary>The article filter as the sites seem to apply it: «337» matches every part of 337, «337 ч.5» only part 5.</summary>
static partial class ArticleFilter
{
    public static bool Matches(string charges, string filter)
    {
        var wanted = Filter().Match(filter.Trim());
        if (!wanted.Success)
            return false;
        foreach (Match charge in Charge().Matches(charges))
        {
            if (charge.Groups[1].Value == wanted.Groups[1].Value
                && (wanted.Groups[2].Value.Length == 0 || charge.Groups[2].Value == wanted.Groups[2].Value))
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"^([0-9.]+)(?:\s*ч\.\s*([0-9.]+))?")]
    private static partial Regex Filter();

    [GeneratedRegex(@"ст\.\s?([0-9]+(?:\.[0-9]+)?)(?:\s?ч\.\s?([0-9]+(?:\.[0-9]+)?))?")]
    private static partial Regex Charge();
}
