using Grpc.Core;
using Mediazona.Cli.Gateway;
using Mediazona.Cli.Importing;
using Mediazona.Cli.Planning;
using Mediazona.Contracts.Ingestion.V1;

namespace Mediazona.Cli.Tests;

public class ImporterTests
{
    static readonly RetryPolicy Quick = new(3, TimeSpan.Zero, TimeSpan.FromSeconds(30));

    /// <summary>An ingestion client that fails the first calls with the given codes, then answers each record by a rule.</summary>
    sealed class FakeIngestion(Queue<StatusCode> failures, Func<string, RecordResult> answer) : IngestionService.IngestionServiceClient
    {
        public List<ImportCardsRequest> Cards { get; } = [];
        public List<SubmitCasesRequest> Cases { get; } = [];

        public override AsyncUnaryCall<ImportCardsResponse> ImportCardsAsync(ImportCardsRequest request, Metadata? headers = null, DateTime? deadline = null, CancellationToken cancellationToken = default)
        {
            Cards.Add(request);
            return Reply(() => new ImportCardsResponse { Results = { request.Cards.Select(c => answer(c.Content.ToStringUtf8())) } });
        }

        public override AsyncUnaryCall<SubmitCasesResponse> SubmitCasesAsync(SubmitCasesRequest request, Metadata? headers = null, DateTime? deadline = null, CancellationToken cancellationToken = default)
        {
            Cases.Add(request);
            return Reply(() => new SubmitCasesResponse { Results = { request.Cases.Select(c => answer(c.CaseNumber)) } });
        }

        AsyncUnaryCall<T> Reply<T>(Func<T> reply)
        {
            var task = failures.TryDequeue(out var code)
                ? Task.FromException<T>(new RpcException(new Status(code, "fake " + code)))
                : Task.FromResult(reply());
            return new AsyncUnaryCall<T>(task, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
        }
    }

    sealed class RecordingProgress : IImportProgress
    {
        public List<(int Batch, BatchCounts Counts)> Acknowledged { get; } = [];
        public List<(int Batch, int Attempt)> Retries { get; } = [];
        void IImportProgress.Acknowledged(ImportBatch batch, BatchCounts counts) => Acknowledged.Add((batch.Number, counts));
        void IImportProgress.Retrying(ImportBatch batch, int attempt, RpcException error) => Retries.Add((batch.Number, attempt));
    }

    /// <summary>Records whose text starts with the status name get that status; rejected ones carry their text as the reason.</summary>
    static RecordResult ByContent(string text) => text.Split(':')[0] switch
    {
        "new" => new RecordResult { Status = RecordStatus.New },
        "revision" => new RecordResult { Status = RecordStatus.Revision },
        "unchanged" => new RecordResult { Status = RecordStatus.Unchanged },
        _ => new RecordResult { Status = RecordStatus.Rejected, Reason = text.Split(':')[1] },
    };

    static readonly MemoryFileTree Files = new(new()
    {
        ["f/1.html"] = "new:",
        ["f/2.html"] = "rejected:captcha",
        ["f/3.html"] = "unchanged:",
        ["f/4.html"] = "rejected:captcha",
        ["f/5.html"] = "rejected:not a case card",
        ["f/5.html.url"] = "https://x.sudrf.ru/5",
        ["c.ndjson"] = """{"caseNumber":"revision:"}""" + "\n" + """{"caseNumber":"new:"}""",
    });

    static ImportPlan Plan(int batchSize) => ImportPlanner.Plan(["f", "c.ndjson"], Files, batchSize);

    [Fact]
    public async Task Cards_and_cases_are_sent_in_their_batches_and_counted_per_result_with_reasons()
    {
        var ingestion = new FakeIngestion(new(), ByContent);
        var progress = new RecordingProgress();

        var summary = await new Importer(ingestion, Files, Quick).RunAsync(Plan(3), progress, CancellationToken.None);

        Assert.Equal((2, 1, 1, 3, 7), (summary.New, summary.Revision, summary.Unchanged, summary.Rejected, summary.Sent));
        Assert.Equal([("captcha", 2), ("not a case card", 1)], summary.TopReasons(5));
        Assert.Null(summary.Failure);
        Assert.Equal([3, 2], ingestion.Cards.Select(r => r.Cards.Count));
        Assert.Equal(["", "https://x.sudrf.ru/5"], ingestion.Cards[1].Cards.Select(c => c.SourceUrl));
        Assert.Equal(["revision:", "new:"], ingestion.Cases.Single().Cases.Select(c => c.CaseNumber));
        Assert.Equal([1, 2, 3], progress.Acknowledged.Select(a => a.Batch));
        Assert.Equal(new BatchCounts(1, 0, 1, 1), progress.Acknowledged[0].Counts);
        Assert.All(ingestion.Cards.SelectMany(r => r.Cards), c => Assert.Equal("", c.CourtCode));
    }

    [Fact]
    public async Task The_court_given_with_court_goes_with_every_card_page_and_no_structured_case()
    {
        var ingestion = new FakeIngestion(new(), ByContent);
        await new Importer(ingestion, Files, Quick, courtCode: "46GV0001").RunAsync(Plan(3), new RecordingProgress(), CancellationToken.None);

        Assert.Equal(5, ingestion.Cards.SelectMany(r => r.Cards).Count(c => c.CourtCode == "46GV0001"));
        Assert.All(ingestion.Cases.Single().Cases, c => Assert.Null(c.Court));
    }

    [Fact]
    public async Task A_batch_not_acknowledged_because_of_a_transient_error_is_sent_again()
    {
        var ingestion = new FakeIngestion(new([StatusCode.Unavailable, StatusCode.DeadlineExceeded]), ByContent);
        var progress = new RecordingProgress();

        var summary = await new Importer(ingestion, Files, Quick).RunAsync(Plan(200), progress, CancellationToken.None);

        Assert.Null(summary.Failure);
        Assert.Equal(2, summary.Retries);
        Assert.Equal([(1, 1), (1, 2)], progress.Retries);
        Assert.Equal(3, ingestion.Cards.Count);
        Assert.Equal(7, summary.Sent);
    }

    [Fact]
    public async Task An_unreachable_gateway_stops_the_import_after_the_allowed_attempts()
    {
        var ingestion = new FakeIngestion(new(Enumerable.Repeat(StatusCode.Unavailable, 10)), ByContent);

        var summary = await new Importer(ingestion, Files, Quick).RunAsync(Plan(2), new RecordingProgress(), CancellationToken.None);

        Assert.Equal(3, ingestion.Cards.Count);
        Assert.Empty(ingestion.Cases);
        Assert.Equal(0, summary.Sent);
        Assert.Contains("batch 1", summary.Failure, StringComparison.Ordinal);
        Assert.Contains("Unavailable", summary.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StatusCode.Unauthenticated)]
    [InlineData(StatusCode.PermissionDenied)]
    [InlineData(StatusCode.InvalidArgument)]
    public async Task An_error_that_resending_cannot_fix_stops_at_once(StatusCode code)
    {
        var ingestion = new FakeIngestion(new([code]), ByContent);

        var summary = await new Importer(ingestion, Files, Quick).RunAsync(Plan(200), new RecordingProgress(), CancellationToken.None);

        Assert.Single(ingestion.Cards);
        Assert.Equal(0, summary.Retries);
        Assert.Contains(code.ToString(), summary.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_nobody_listens_on_is_a_failure_not_an_exception()
    {
        using var channel = GatewayChannel.Open(new Uri("http://127.0.0.1:1"), "any-key");

        var summary = await new Importer(new IngestionService.IngestionServiceClient(channel), Files, Quick)
            .RunAsync(Plan(200), new RecordingProgress(), CancellationToken.None);

        Assert.Equal((2, 0), (summary.Retries, summary.Sent));
        Assert.Contains("Unavailable", summary.Failure, StringComparison.Ordinal);
    }
}
