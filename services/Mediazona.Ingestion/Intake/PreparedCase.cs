using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Ingestion.Intake;

/// <summary>
/// A valid, normalised case with its identity, its protobuf bytes and its content hash, ready to store. The bytes are
/// serialised once, here: the content hash, the revision's payload and the outbox event all reuse them (serialising
/// the same case three times was a tenth of ingestion's CPU).
/// </summary>
public sealed class PreparedCase
{
    /// <param name="normalised">The case after normalisation; it must not change afterwards (its bytes are taken now).</param>
    public PreparedCase(int index, string caseId, CourtCase normalised)
    {
        Index = index;
        CaseId = caseId;
        Case = normalised;
        Payload = normalised.ToByteArray();
        ContentHash = Identity.ContentHash.Of(normalised, Payload);
    }

    public int Index { get; }
    public string CaseId { get; }
    public CourtCase Case { get; }
    /// <summary>Case serialised (CourtCase protobuf): what case_revisions stores and CasesRecorded carries.</summary>
    public byte[] Payload { get; }
    public string ContentHash { get; }

    public string CourtCode => Case.Court.Code;
    public string CaseNumber => Case.CaseNumber;
    public string CaseUid => Case.CaseUid;
}

/// <summary>A record that failed validation, with its raw bytes (and their content type, protobuf when null) for quarantine.</summary>
public sealed record RejectedRecord(int Index, string Field, string Reason, byte[] Raw, string? ContentType = null);
