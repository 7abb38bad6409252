using System.Security.Cryptography;
using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Ingestion.Identity;

/// <summary>A fingerprint of what a case says, so an identical re-submission is recognised as unchanged.</summary>
public static class ContentHash
{
    /// <summary>
    /// Hex SHA-256 of the normalised case's protobuf bytes without its volatile parts (the URL it was fetched
    /// from, events' publication dates). The bytes are deterministic because CourtCase has no map fields.
    /// </summary>
    public static string Of(CourtCase normalised)
    {
        var stable = normalised.Clone();
        stable.SourceUrl = "";
        foreach (var caseEvent in stable.Events)
            caseEvent.PublishedDate = "";
        return Convert.ToHexStringLower(SHA256.HashData(stable.ToByteArray()));
    }
}
