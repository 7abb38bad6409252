using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Events.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Ingestion.Intake;
using Mediazona.Ingestion.Storage;

namespace Mediazona.Ingestion.Mapping;

/// <summary>The one place where storage rows and decisions become contract messages.</summary>
public static class CaseMapping
{
    public static Revision ToRevision(string caseId, int number, string contentHash, RevisionOrigin origin, DateTime recordedAt) => new()
    {
        CaseId = caseId,
        Number = number,
        ContentHash = contentHash,
        Origin = origin,
        RecordedAt = Timestamp.FromDateTime(DateTime.SpecifyKind(recordedAt, DateTimeKind.Utc)),
    };

    /// <summary>
    /// The outbox event for a batch (a CasesRecorded with every new or changed case, each with its own revision) as bytes,
    /// written around each case's bytes as serialised once (<see cref="PreparedCase.Payload"/>) instead of serialising
    /// every case again: the same bytes, field for field, as building the message and serialising it.
    /// </summary>
    public static byte[] ToCasesRecordedBytes(IReadOnlyList<PlannedRecord> changed, RevisionOrigin origin, DateTime recordedAt)
    {
        var revisions = changed.Select(r => ToRevision(r.Prepared.CaseId, r.Revision, r.Prepared.ContentHash, origin, recordedAt)).ToList();
        var sizes = new int[changed.Count];
        var total = 0;
        for (var i = 0; i < changed.Count; i++)
        {
            var caseBytes = changed[i].Prepared.Payload.Length;
            var revision = revisions[i].CalculateSize();
            // CaseRecorded: field 1 (case) and field 2 (revision), each tag + length + bytes.
            sizes[i] = 1 + CodedOutputStream.ComputeLengthSize(caseBytes) + caseBytes + 1 + CodedOutputStream.ComputeLengthSize(revision) + revision;
            // CasesRecorded.cases (field 1): tag + length + the CaseRecorded.
            total += 1 + CodedOutputStream.ComputeLengthSize(sizes[i]) + sizes[i];
        }
        var bytes = new byte[total];
        var output = new CodedOutputStream(bytes);
        for (var i = 0; i < changed.Count; i++)
        {
            output.WriteTag(CasesRecorded.CasesFieldNumber, WireFormat.WireType.LengthDelimited);
            output.WriteLength(sizes[i]);
            output.WriteTag(CaseRecorded.CaseFieldNumber, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(UnsafeByteOperations.UnsafeWrap(changed[i].Prepared.Payload));
            output.WriteTag(CaseRecorded.RevisionFieldNumber, WireFormat.WireType.LengthDelimited);
            output.WriteMessage(revisions[i]);
        }
        output.CheckNoSpaceLeft();
        return bytes;
    }

    public static GetCaseResponse ToResponse(StoredRevision stored) => new()
    {
        Case = CourtCase.Parser.ParseFrom(stored.Payload),
        Revision = ToRevision(stored.CaseId, stored.Number, stored.ContentHash, (RevisionOrigin)stored.Origin, stored.RecordedAt),
    };

    public static RecordResult ToResult(PlannedRecord record) => new()
    {
        Index = record.Prepared.Index,
        CaseId = record.Prepared.CaseId,
        Revision = record.Revision,
        ProceedingKind = record.Prepared.Case.ProceedingKind,
        Status = record.Kind switch
        {
            RecordKind.New => RecordStatus.New,
            RecordKind.Revision => RecordStatus.Revision,
            _ => RecordStatus.Unchanged,
        },
    };

    public static RecordResult ToResult(RejectedRecord rejected, long quarantineId) => new()
    {
        Index = rejected.Index,
        Status = RecordStatus.Rejected,
        Reason = rejected.Reason,
        Field = rejected.Field,
        QuarantineId = quarantineId,
    };

    public static Contracts.Ingestion.V1.QuarantineEntry ToEntry(QuarantinedRecord row) => new()
    {
        Id = row.Id,
        ReceivedAt = Timestamp.FromDateTime(DateTime.SpecifyKind(row.ReceivedAt, DateTimeKind.Utc)),
        Source = row.Source,
        Reason = row.Reason,
        Field = row.Field,
        ContentType = row.ContentType,
        SizeBytes = row.Raw.LongLength,
        Raw = Google.Protobuf.ByteString.CopyFrom(row.Raw),
    };

    /// <summary>Per-record results in request order, with the counts.</summary>
    public static SubmitCasesResponse ToResponse(BatchOutcome outcome, IReadOnlyList<RejectedRecord> rejected)
    {
        var results = outcome.Records.Select(ToResult)
            .Concat(rejected.Select((r, i) => ToResult(r, outcome.QuarantineIds[i])))
            .OrderBy(r => r.Index);
        var response = new SubmitCasesResponse { Results = { results } };
        response.NewCount = response.Results.Count(r => r.Status == RecordStatus.New);
        response.RevisionCount = response.Results.Count(r => r.Status == RecordStatus.Revision);
        response.UnchangedCount = response.Results.Count(r => r.Status == RecordStatus.Unchanged);
        response.RejectedCount = response.Results.Count(r => r.Status == RecordStatus.Rejected);
        return response;
    }
}
