using System.Globalization;
using System.Text.RegularExpressions;

namespace Mediazona.Releases.Completeness;

/// <summary>
/// A case number as courts print it, «1-123/2023»: the register (the proceeding's prefix «1», «22», «7У», or a material's
/// «4/17»), the number in that register and the year. Courts number each register from 1 every year, in the order cases
/// arrive, so the numbers a court shows are a sequence whose holes are cases it does not show.
/// </summary>
public sealed partial record CaseNumber(string Register, int Number, int Year)
{
    /// <summary>The first number of the text («7У-1297/2026 [77-655/2026]» → 7у, 1297, 2026); null when it has none.</summary>
    public static CaseNumber? Parse(string? text)
    {
        var match = Pattern().Match(text ?? "");
        if (!match.Success)
            return null;
        // Some sites type the letter in Latin («2a-»); registers compare in lower case.
        var register = match.Groups["register"].Value.ToLowerInvariant().Replace('a', 'а');
        return new CaseNumber(register, int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^\s*(?<register>[0-9]{1,2}/[0-9]{1,3}|[0-9]{1,3}[А-Яа-яЁёAa]?)\s*-\s*(?<n>[0-9]{1,6})\s*/\s*(?<year>(?:19|20)[0-9]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
