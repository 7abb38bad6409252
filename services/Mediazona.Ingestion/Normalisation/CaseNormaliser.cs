using System.Text.RegularExpressions;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Ingestion.Normalisation;

/// <summary>Puts a submitted case into the one shape that identity, hashing and storage rely on.</summary>
public static partial class CaseNormaliser
{
    /// <summary>A normalised copy; the input is left untouched (it is what quarantine keeps).</summary>
    public static CourtCase Normalise(CourtCase input)
    {
        var normalised = input.Clone();
        ProtoText.TrimAll(normalised);
        normalised.Court ??= new Court();
        normalised.Court.Code = normalised.Court.Code.ToUpperInvariant();
        normalised.CaseNumber = Whitespace().Replace(normalised.CaseNumber, " ");
        NumberDefendants(normalised);
        if (normalised.Court.Host.Length == 0)
            normalised.Court.Host = HostOf(normalised.SourceUrl);
        return normalised;
    }

    /// <summary>Host of an http(s) URL in lower case, or "" when the URL is not one.</summary>
    public static string HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.Host.ToLowerInvariant()
            : "";

    /// <summary>Senders that leave every ordinal at 0 mean "in card order".</summary>
    static void NumberDefendants(CourtCase courtCase)
    {
        if (courtCase.Defendants.Count == 0 || courtCase.Defendants.Any(d => d.Ordinal != 0))
            return;
        for (var i = 0; i < courtCase.Defendants.Count; i++)
            courtCase.Defendants[i].Ordinal = i + 1;
    }

    /// <summary>Trims and collapses white space (also used for look-up keys).</summary>
    public static string CollapseWhitespace(string value) => Whitespace().Replace(value.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
