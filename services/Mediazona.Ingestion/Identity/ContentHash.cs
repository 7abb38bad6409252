using System.Security.Cryptography;
using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Ingestion.Identity;

/// <summary>A fingerprint of what a case says, so an identical re-submission is recognised as unchanged.</summary>
public static class ContentHash
{
    /// <summary>
    /// Hex SHA-256 of the normalised case's protobuf bytes without its volatile parts (the URL it was fetched
    /// from, when and as which bytes, events' publication dates, how its court was resolved and how its page was decoded:
    /// provenance of the snapshot, not what the case says). The bytes are deterministic because CourtCase has no map fields.
    /// </summary>
    public static string Of(CourtCase normalised) => Of(normalised, normalised.ToByteArray());

    /// <summary>
    /// The same hash when the case's bytes are already at hand: a case without volatile parts hashes those bytes as
    /// they are (proto3 writes no empty string, so clearing what is already empty changes no byte); only a case
    /// with a URL or publication dates is copied and cleared first.
    /// </summary>
    public static string Of(CourtCase normalised, ReadOnlySpan<byte> serialised)
    {
        if (!HasVolatileParts(normalised))
            return Convert.ToHexStringLower(SHA256.HashData(serialised));
        var stable = normalised.Clone();
        stable.SourceUrl = "";
        stable.CourtResolution = null;
        stable.PageDecoding = null;
        stable.FetchedAt = null;
        stable.PageSha256 = "";
        foreach (var caseEvent in stable.Events)
            caseEvent.PublishedDate = "";
        return Convert.ToHexStringLower(SHA256.HashData(stable.ToByteArray()));
    }

    static bool HasVolatileParts(CourtCase courtCase)
    {
        if (courtCase.SourceUrl.Length > 0 || courtCase.CourtResolution is not null || courtCase.PageDecoding is not null
            || courtCase.FetchedAt is not null || courtCase.PageSha256.Length > 0)
            return true;
        foreach (var caseEvent in courtCase.Events)
        {
            if (caseEvent.PublishedDate.Length > 0)
                return true;
        }
        return false;
    }
}
