using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Events.V1;
using Mediazona.Ingestion.Intake;
using Mediazona.Ingestion.Storage;
using Mediazona.Ingestion.Tests.Support;

namespace Mediazona.Ingestion.Tests.Storage;

public class CaseStoreTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    readonly CaseStore store = new(database.DataSource);

    async Task<BatchOutcome> Store(params CourtCase[] cases)
    {
        var sorted = CaseIntake.Sort(cases, TestCases.Today);
        return await store.RecordBatchAsync(sorted.Accepted, sorted.Rejected, RevisionOrigin.Structured, "test", CancellationToken.None);
    }

    async Task<List<CasesRecorded>> OutboxSince(long mark) =>
        (await database.ColumnAsync<byte[]>("select payload from outbox where id > $1 order by id", mark))
            .Select(CasesRecorded.Parser.ParseFrom).ToList();

    [Fact]
    public async Task A_new_case_then_an_identical_one_is_unchanged_and_publishes_nothing()
    {
        var courtCase = TestCases.Valid(caseNumber: "1-100/2024");
        var first = await Store(courtCase);
        Assert.Equal((RecordKind.New, 1), (first.Records[0].Kind, first.Records[0].Revision));
        Assert.NotNull(first.OutboxId);

        var mark = await database.OutboxMarkAsync();
        var again = courtCase.Clone();
        again.SourceUrl = "https://mirror.example/card"; // volatile: not a change
        var second = await Store(again);

        Assert.Equal((RecordKind.Unchanged, 1), (second.Records[0].Kind, second.Records[0].Revision));
        Assert.Null(second.OutboxId);
        Assert.Empty(await OutboxSince(mark));
        Assert.Equal(1L, await database.ScalarAsync<long>("select count(*) from case_revisions where case_id = $1", first.Records[0].Prepared.CaseId));
    }

    [Fact]
    public async Task A_new_case_is_created_at_its_first_revision()
    {
        var outcome = await Store(TestCases.Valid(caseNumber: "1-190/2024"));

        var record = outcome.Records[0];
        var caseId = record.Prepared.CaseId;
        Assert.Equal(1, await database.ScalarAsync<int>("select latest_revision from cases where case_id = $1", caseId));
        Assert.Equal(record.Prepared.ContentHash, await database.ScalarAsync<string>("select content_hash from cases where case_id = $1", caseId));
        Assert.True(await database.ScalarAsync<bool>("select has_annotations from cases where case_id = $1", caseId));
        Assert.True(await database.ScalarAsync<bool>(
            "select c.updated_at = r.recorded_at from cases c join case_revisions r using (case_id) where c.case_id = $1", caseId));
        var stored = await store.GetLatestAsync(caseId, CancellationToken.None);
        Assert.Equal(record.Prepared.Payload, stored!.Payload);
    }

    [Fact]
    public async Task A_new_case_changed_later_in_the_same_batch_ends_at_the_later_revision()
    {
        var first = TestCases.Valid(caseNumber: "1-191/2024");
        first.Annotations.Clear();
        var later = first.Clone();
        later.Outcome = Outcome.Dismissed;
        later.Annotations.Add(new Annotation { DefendantOrdinal = 1, Text = "Дело прекращено", Source = FactSource.Lawyer, SourceDate = "2024-03-02" });

        var outcome = await Store(first, later);

        var caseId = outcome.Records[0].Prepared.CaseId;
        Assert.Equal(2, await database.ScalarAsync<int>("select latest_revision from cases where case_id = $1", caseId));
        Assert.Equal(outcome.Records[1].Prepared.ContentHash, await database.ScalarAsync<string>("select content_hash from cases where case_id = $1", caseId));
        Assert.True(await database.ScalarAsync<bool>("select has_annotations from cases where case_id = $1", caseId));
        Assert.Equal(Outcome.Dismissed, CourtCase.Parser.ParseFrom((await store.GetLatestAsync(caseId, CancellationToken.None))!.Payload).Outcome);
    }

    [Fact]
    public async Task A_changed_case_becomes_revision_2_and_revision_1_is_kept()
    {
        var original = TestCases.Valid(caseNumber: "1-101/2024");
        var changed = original.Clone();
        changed.Outcome = Outcome.Dismissed;
        var first = await Store(original);
        var second = await Store(changed);

        Assert.Equal((RecordKind.Revision, 2), (second.Records[0].Kind, second.Records[0].Revision));
        var caseId = first.Records[0].Prepared.CaseId;
        var revisions = await store.ListRevisionsAsync(caseId, CancellationToken.None);
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.Equal(Outcome.Verdict, CourtCase.Parser.ParseFrom(revisions[0].Payload).Outcome);
        Assert.Equal(Outcome.Dismissed, CourtCase.Parser.ParseFrom(revisions[1].Payload).Outcome);
        Assert.NotEqual(revisions[0].ContentHash, revisions[1].ContentHash);

        var latest = await store.GetLatestAsync(caseId, CancellationToken.None);
        Assert.Equal(2, latest!.Number);
        Assert.Equal(revisions[1].ContentHash, await database.ScalarAsync<string>("select content_hash from cases where case_id = $1", caseId));
    }

    [Fact]
    public async Task Duplicates_inside_one_batch_are_compared_with_each_other()
    {
        var a = TestCases.Valid(caseNumber: "1-102/2024");
        var aChanged = a.Clone();
        aChanged.Judge = "Сидоров С. С.";
        var mark = await database.OutboxMarkAsync();

        var outcome = await Store(a, a.Clone(), aChanged);

        Assert.Equal([(RecordKind.New, 1), (RecordKind.Unchanged, 1), (RecordKind.Revision, 2)], outcome.Records.Select(r => (r.Kind, r.Revision)));
        var caseId = outcome.Records[0].Prepared.CaseId;
        Assert.Equal([1, 2], await database.ColumnAsync<int>("select revision from case_revisions where case_id = $1 order by revision", caseId));
        Assert.Equal(2, await database.ScalarAsync<int>("select latest_revision from cases where case_id = $1", caseId));
        var published = Assert.Single(await OutboxSince(mark));
        Assert.Equal([1, 2], published.Cases.Select(c => c.Revision.Number));
        Assert.Equal("Сидоров С. С.", published.Cases[1].Case.Judge);
    }

    [Fact]
    public async Task The_outbox_row_holds_exactly_the_new_and_changed_cases()
    {
        var unchanged = TestCases.Valid(caseNumber: "1-103/2024");
        var changing = TestCases.Valid(caseNumber: "1-104/2024");
        await Store(unchanged, changing);
        var changed = changing.Clone();
        changed.DecisionDate = "2024-03-05";
        var brandNew = TestCases.Valid(caseNumber: "1-105/2024");
        var mark = await database.OutboxMarkAsync();

        var outcome = await Store(unchanged, changed, brandNew);

        var published = Assert.Single(await OutboxSince(mark));
        Assert.False(published.Replay);
        Assert.Equal(["1-104/2024", "1-105/2024"], published.Cases.Select(c => c.Case.CaseNumber));
        Assert.Equal([2, 1], published.Cases.Select(c => c.Revision.Number));
        Assert.Equal([outcome.Records[1].Prepared.CaseId, outcome.Records[2].Prepared.CaseId], published.Cases.Select(c => c.Revision.CaseId));
        Assert.Equal(outcome.Records[1].Prepared.ContentHash, published.Cases[0].Revision.ContentHash);
        Assert.All(published.Cases, c => Assert.Equal(RevisionOrigin.Structured, c.Revision.Origin));
        Assert.All(published.Cases, c => Assert.True(c.Revision.RecordedAt.Seconds > 0));
        Assert.Equal("2024-03-05", published.Cases[0].Case.DecisionDate);
    }

    [Fact]
    public async Task A_rejected_record_is_quarantined_raw_next_to_the_stored_ones()
    {
        var bad = TestCases.Valid(caseNumber: "1-106/2024");
        bad.EntryDate = "2023-02-30";
        var good = TestCases.Valid(caseNumber: "1-107/2024");

        var outcome = await Store(good, bad);

        var quarantineId = Assert.Single(outcome.QuarantineIds);
        Assert.Single(outcome.Records);
        await using var command = database.DataSource.CreateCommand("select source, reason, field, content_type, raw from quarantine where id = $1");
        command.Parameters.AddWithValue(quarantineId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("test", reader.GetString(0));
        Assert.Contains("2023-02-30", reader.GetString(1));
        Assert.Equal("cases[1].entry_date", reader.GetString(2));
        Assert.Equal("application/x-protobuf", reader.GetString(3));
        Assert.Equal(bad, CourtCase.Parser.ParseFrom(reader.GetFieldValue<byte[]>(4)));
    }

    [Fact]
    public async Task Two_concurrent_batches_of_the_same_cases_store_each_case_once()
    {
        var cases = Enumerable.Range(0, 200).Select(i => TestCases.Valid(courtCode: "01OV0001", caseNumber: $"1-{i}/2023")).ToArray();
        var shuffled = cases.Reverse().Select(c => c.Clone()).ToArray();

        var outcomes = await Task.WhenAll(Task.Run(() => Store(cases)), Task.Run(() => Store(shuffled)));

        var kinds = outcomes.SelectMany(o => o.Records).GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(200, kinds.GetValueOrDefault(RecordKind.New));
        Assert.Equal(200, kinds.GetValueOrDefault(RecordKind.Unchanged));
        Assert.Equal(200L, await database.ScalarAsync<long>("select count(*) from cases where court_code = '01OV0001'"));
        Assert.Equal(200L, await database.ScalarAsync<long>(
            "select count(*) from case_revisions r join cases c using (case_id) where c.court_code = '01OV0001'"));
    }

    [Fact]
    public async Task Two_concurrent_batches_with_different_content_leave_consistent_revisions()
    {
        var first = Enumerable.Range(0, 200).Select(i => TestCases.Valid(courtCode: "02OV0001", caseNumber: $"1-{i}/2023")).ToArray();
        var second = first.Select(c =>
        {
            var changed = c.Clone();
            changed.Judge = "Другой судья";
            return changed;
        }).Reverse().ToArray();

        var outcomes = await Task.WhenAll(Task.Run(() => Store(first)), Task.Run(() => Store(second)));

        var kinds = outcomes.SelectMany(o => o.Records).GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(200, kinds.GetValueOrDefault(RecordKind.New));
        Assert.Equal(200, kinds.GetValueOrDefault(RecordKind.Revision));
        // Every case has revisions 1 and 2, and its pointer names revision 2 with revision 2's hash.
        Assert.Equal(0L, await database.ScalarAsync<long>("""
            select count(*) from cases c
            where c.court_code = '02OV0001' and (
                c.latest_revision <> 2
                or (select array_agg(revision order by revision) from case_revisions r where r.case_id = c.case_id) <> array[1, 2]
                or c.content_hash <> (select content_hash from case_revisions r where r.case_id = c.case_id and r.revision = 2))
            """));
        Assert.Equal(200L, await database.ScalarAsync<long>("select count(*) from cases where court_code = '02OV0001'"));
    }

    [Fact]
    public async Task Two_concurrent_batches_changing_stored_cases_each_get_their_own_revision()
    {
        var stored = Enumerable.Range(0, 200).Select(i => TestCases.Valid(courtCode: "03OV0001", caseNumber: $"1-{i}/2023")).ToArray();
        await Store(stored);
        CourtCase[] Changed(string judge) => stored.Select(c =>
        {
            var changed = c.Clone();
            changed.Judge = judge;
            return changed;
        }).ToArray();
        var (left, right) = (Changed("Судья А"), Changed("Судья Б").Reverse().ToArray());

        var outcomes = await Task.WhenAll(Task.Run(() => Store(left)), Task.Run(() => Store(right)));

        Assert.All(outcomes.SelectMany(o => o.Records), r => Assert.Equal(RecordKind.Revision, r.Kind));
        // One batch made revision 2 of every case, the other revision 3; the pointers name revision 3.
        Assert.Equal([2, 3], outcomes.Select(o => o.Records.Select(r => r.Revision).Distinct().Single()).Order());
        Assert.Equal(0L, await database.ScalarAsync<long>("""
            select count(*) from cases c
            where c.court_code = '03OV0001' and (
                c.latest_revision <> 3
                or (select array_agg(revision order by revision) from case_revisions r where r.case_id = c.case_id) <> array[1, 2, 3]
                or c.content_hash <> (select content_hash from case_revisions r where r.case_id = c.case_id and r.revision = 3))
            """));
    }
}
