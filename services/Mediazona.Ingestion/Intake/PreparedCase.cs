using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Ingestion.Intake;

/// <summary>A valid, normalised case with its identity and content hash, ready to store.</summary>
public sealed record PreparedCase(int Index, string CaseId, string ContentHash, CourtCase Case)
{
    public string CourtCode => Case.Court.Code;
    public string CaseNumber => Case.CaseNumber;
    public string CaseUid => Case.CaseUid;
}

/// <summary>A record that failed validation, with its raw bytes (and their content type, protobuf when null) for quarantine.</summary>
public sealed record RejectedRecord(int Index, string Field, string Reason, byte[] Raw, string? ContentType = null);
