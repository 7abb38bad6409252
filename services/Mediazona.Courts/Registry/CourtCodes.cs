using System.Text.RegularExpressions;

namespace Mediazona.Courts.Registry;

/// <summary>The shape of a court code (two digits, two letters, four digits: 77GV0020), known to the registry or not.</summary>
public static partial class CourtCodes
{
    /// <summary>The code in upper case without surrounding space, or null when the value has not the shape of one.</summary>
    public static string? Normalise(string? value)
    {
        var code = (value ?? "").Trim().ToUpperInvariant();
        return Shape().IsMatch(code) ? code : null;
    }

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}[0-9]{4}$")]
    private static partial Regex Shape();
}
