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

    /// <summary>The outbox event for a batch: every new or changed case, each with its own revision.</summary>
    public static CasesRecorded ToCasesRecorded(IEnumerable<PlannedRecord> changed, RevisionOrigin origin, DateTime recordedAt)
    {
        var message = new CasesRecorded();
        foreach (var record in changed)
        {
            message.Cases.Add(new CaseRecorded
            {
                Case = record.Prepared.Case,
                Revision = ToRevision(record.Prepared.CaseId, record.Revision, record.Prepared.ContentHash, origin, recordedAt),
            });
        }
        return message;
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
