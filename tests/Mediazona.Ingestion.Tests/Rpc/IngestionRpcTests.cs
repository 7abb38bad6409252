using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Ingestion.Rpc;
using Mediazona.Ingestion.Storage;
using Mediazona.Ingestion.Tests.Support;

namespace Mediazona.Ingestion.Tests.Rpc;

public class IngestionRpcTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    readonly IngestionRpc rpc = new(new CaseStore(database.DataSource), new ReplayStore(database.DataSource), new FixedClock(TestCases.Today));

    sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }

    Task<SubmitCasesResponse> Submit(params CourtCase[] cases) =>
        rpc.SubmitCases(new SubmitCasesRequest { Cases = { cases } }, TestCallContext.Instance);

    static BadRequest Violations(RpcException ex)
    {
        var details = ex.Trailers.GetValueBytes("grpc-status-details-bin")!;
        return Google.Rpc.Status.Parser.ParseFrom(details).Details.Single().Unpack<BadRequest>();
    }

    static CourtCase Invalid(string caseNumber)
    {
        var courtCase = TestCases.Valid(caseNumber: caseNumber);
        courtCase.DecisionDate = "2024-01-01"; // before its entry date
        return courtCase;
    }

    [Fact]
    public async Task A_mixed_batch_answers_per_record_in_request_order()
    {
        var stored = TestCases.Valid(caseNumber: "2-1/2024");
        await Submit(stored);
        var changed = stored.Clone();
        changed.Category = "Другая категория";

        var response = await Submit(TestCases.Valid(caseNumber: "2-2/2024"), Invalid("2-3/2024"), changed, changed.Clone());

        Assert.Equal([0, 1, 2, 3], response.Results.Select(r => r.Index));
        Assert.Equal([RecordStatus.New, RecordStatus.Rejected, RecordStatus.Revision, RecordStatus.Unchanged], response.Results.Select(r => r.Status));
        Assert.Equal((1, 1, 1, 1), (response.NewCount, response.RevisionCount, response.UnchangedCount, response.RejectedCount));
        Assert.Equal([1, 0, 2, 2], response.Results.Select(r => r.Revision));
        Assert.Equal("cases[1].decision_date", response.Results[1].Field);
        Assert.True(response.Results[1].QuarantineId > 0);
        Assert.Equal(response.Results[2].CaseId, response.Results[3].CaseId);
    }

    [Fact]
    public async Task A_batch_with_nothing_valid_is_invalid_argument_with_a_violation_per_record_and_is_quarantined()
    {
        var before = await database.ScalarAsync<long>("select count(*) from quarantine");
        var badCourt = TestCases.Valid(courtCode: "XX", caseNumber: "2-5/2024");

        var ex = await Assert.ThrowsAsync<RpcException>(() => Submit(Invalid("2-4/2024"), badCourt));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal(["cases[0].decision_date", "cases[1].court.code"], Violations(ex).FieldViolations.Select(v => v.Field));
        Assert.Equal(before + 2, await database.ScalarAsync<long>("select count(*) from quarantine"));
        Assert.Equal(badCourt.ToByteArray(), await database.ScalarAsync<byte[]>("select raw from quarantine where field = 'cases[1].court.code' order by id desc limit 1"));
    }

    [Fact]
    public async Task An_empty_request_is_invalid_argument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Submit());
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal("cases", Violations(ex).FieldViolations.Single().Field);
    }

    [Fact]
    public async Task Too_many_cases_is_invalid_argument()
    {
        var cases = Enumerable.Range(0, 5001).Select(i => new CourtCase { CaseNumber = $"{i}" }).ToArray();
        var ex = await Assert.ThrowsAsync<RpcException>(() => Submit(cases));
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal("cases", Violations(ex).FieldViolations.Single().Field);
    }

    [Fact]
    public async Task GetCase_finds_the_latest_revision_by_id_and_by_court_and_number()
    {
        var courtCase = TestCases.Valid(caseNumber: "2-6/2024");
        var id = (await Submit(courtCase)).Results[0].CaseId;
        var changed = courtCase.Clone();
        changed.Judge = "Новый судья";
        await Submit(changed);

        var byId = await rpc.GetCase(new GetCaseRequest { CaseId = id }, TestCallContext.Instance);
        var byNumber = await rpc.GetCase(new GetCaseRequest { CourtCode = "46gv0001", CaseNumber = " 2-6/2024" }, TestCallContext.Instance);

        Assert.Equal(2, byId.Revision.Number);
        Assert.Equal("Новый судья", byId.Case.Judge);
        Assert.Equal(id, byId.Revision.CaseId);
        Assert.Equal(RevisionOrigin.Structured, byId.Revision.Origin);
        Assert.Equal(byId, byNumber);
    }

    [Fact]
    public async Task GetCase_asks_for_the_uid_when_a_number_is_ambiguous()
    {
        await Submit(TestCases.Valid(caseNumber: "2-7/2024", caseUid: "uid-a"), TestCases.Valid(caseNumber: "2-7/2024", caseUid: "uid-b"));

        var ex = await Assert.ThrowsAsync<RpcException>(() => rpc.GetCase(new GetCaseRequest { CourtCode = "46GV0001", CaseNumber = "2-7/2024" }, TestCallContext.Instance));
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal("case_uid", Violations(ex).FieldViolations.Single().Field);

        var found = await rpc.GetCase(new GetCaseRequest { CourtCode = "46GV0001", CaseNumber = "2-7/2024", CaseUid = "uid-b" }, TestCallContext.Instance);
        Assert.Equal("uid-b", found.Case.CaseUid);
    }

    [Fact]
    public async Task GetCase_of_an_unknown_case_is_not_found()
    {
        var byId = await Assert.ThrowsAsync<RpcException>(() => rpc.GetCase(new GetCaseRequest { CaseId = new string('0', 32) }, TestCallContext.Instance));
        var byNumber = await Assert.ThrowsAsync<RpcException>(() => rpc.GetCase(new GetCaseRequest { CourtCode = "46GV0001", CaseNumber = "no-such" }, TestCallContext.Instance));
        Assert.Equal(StatusCode.NotFound, byId.StatusCode);
        Assert.Equal(StatusCode.NotFound, byNumber.StatusCode);
    }

    [Fact]
    public async Task GetCase_without_id_or_court_and_number_is_invalid_argument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => rpc.GetCase(new GetCaseRequest { CaseNumber = "2-1/2024" }, TestCallContext.Instance));
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal("court_code", Violations(ex).FieldViolations.Single().Field);
    }

    [Fact]
    public async Task ListRevisions_returns_every_revision_oldest_first()
    {
        var courtCase = TestCases.Valid(caseNumber: "2-8/2024");
        var id = (await Submit(courtCase)).Results[0].CaseId;
        var second = courtCase.Clone();
        second.Outcome = Outcome.Dismissed;
        var third = second.Clone();
        third.Outcome = Outcome.ReturnedToProsecutor;
        await Submit(second);
        await Submit(third);

        var response = await rpc.ListRevisions(new ListRevisionsRequest { CaseId = id }, TestCallContext.Instance);

        Assert.Equal([1, 2, 3], response.Revisions.Select(r => r.Revision.Number));
        Assert.Equal([Outcome.Verdict, Outcome.Dismissed, Outcome.ReturnedToProsecutor], response.Revisions.Select(r => r.Case.Outcome));
    }

    [Fact]
    public async Task ListRevisions_of_an_unknown_case_is_not_found()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => rpc.ListRevisions(new ListRevisionsRequest { CaseId = "ffffffffffffffffffffffffffffffff" }, TestCallContext.Instance));
        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }
}
