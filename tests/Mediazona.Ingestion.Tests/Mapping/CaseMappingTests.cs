using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Events.V1;
using Mediazona.Ingestion.Intake;
using Mediazona.Ingestion.Mapping;
using Mediazona.Ingestion.Storage;
using Mediazona.Ingestion.Tests.Support;

namespace Mediazona.Ingestion.Tests.Mapping;

public class CaseMappingTests
{
    static readonly DateTime RecordedAt = new(2024, 6, 1, 12, 30, 15, DateTimeKind.Utc);

    static List<PlannedRecord> Records()
    {
        var plain = TestCases.Valid(caseNumber: "1-7/2024");
        plain.SourceUrl = "";
        plain.Annotations.Clear();
        var sorted = CaseIntake.Sort([TestCases.Valid(), plain, TestCases.Valid(courtCode: "75GV0003", caseNumber: "1-19/2024")], TestCases.Today);
        return
        [
            new PlannedRecord(sorted.Accepted[0], RecordKind.New, 1),
            new PlannedRecord(sorted.Accepted[1], RecordKind.Revision, 7),
            new PlannedRecord(sorted.Accepted[2], RecordKind.Revision, 130), // a revision number of two varint bytes
        ];
    }

    /// <summary>The event built as a message and serialised the ordinary way: what the hand-written bytes must equal.</summary>
    static CasesRecorded Reference(IEnumerable<PlannedRecord> changed, RevisionOrigin origin, DateTime recordedAt)
    {
        var message = new CasesRecorded();
        foreach (var record in changed)
        {
            message.Cases.Add(new CaseRecorded
            {
                Case = record.Prepared.Case,
                Revision = CaseMapping.ToRevision(record.Prepared.CaseId, record.Revision, record.Prepared.ContentHash, origin, recordedAt),
            });
        }
        return message;
    }

    [Fact]
    public void The_outbox_bytes_written_around_stored_payloads_are_the_serialised_event()
    {
        var records = Records();
        var expected = Reference(records, RevisionOrigin.Card, RecordedAt).ToByteArray();

        Assert.Equal(expected, CaseMapping.ToCasesRecordedBytes(records, RevisionOrigin.Card, RecordedAt));
    }

    [Fact]
    public void The_outbox_bytes_parse_back_to_every_case_and_revision()
    {
        var records = Records();

        var parsed = CasesRecorded.Parser.ParseFrom(CaseMapping.ToCasesRecordedBytes(records, RevisionOrigin.Structured, RecordedAt));

        Assert.Equal(records.Select(r => r.Prepared.Case), parsed.Cases.Select(c => c.Case));
        Assert.Equal([1, 7, 130], parsed.Cases.Select(c => c.Revision.Number));
        Assert.Equal(records.Select(r => r.Prepared.ContentHash), parsed.Cases.Select(c => c.Revision.ContentHash));
        Assert.All(parsed.Cases, c => Assert.Equal(RecordedAt, c.Revision.RecordedAt.ToDateTime()));
        Assert.False(parsed.Replay);
    }
}
