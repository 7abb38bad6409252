namespace Mediazona.Ingestion.Storage;

/// <summary>One row of case_revisions: the payload is the CourtCase protobuf as stored.</summary>
public sealed record StoredRevision(string CaseId, int Number, string ContentHash, short Origin, byte[] Payload, DateTime RecordedAt);

/// <summary>What storing a batch did: a decision per valid record, a quarantine id per rejected one, and the outbox row (if any).</summary>
public sealed record BatchOutcome(IReadOnlyList<PlannedRecord> Records, IReadOnlyList<long> QuarantineIds, long? OutboxId);
