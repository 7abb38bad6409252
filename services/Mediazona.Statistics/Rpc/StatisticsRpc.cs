using Google.Protobuf;
using Grpc.Core;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.ServiceDefaults.Grpc;
using Mediazona.Statistics.Caching;
using Mediazona.Statistics.Changes;
using Mediazona.Statistics.DataVersion;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Receipts;
using Mediazona.Statistics.Releases;
using Microsoft.Extensions.Options;

namespace Mediazona.Statistics.Rpc;

/// <summary>gRPC (and transcoded JSON) entry point: validate, look up the versioned cache, compute on a miss.</summary>
public sealed class StatisticsRpc(StatisticsQueries queries, DataVersionSource versions, HotAnswers cache, CachedSummary summaries,
    TimeProvider time, IOptions<WatchOptions> watchOptions)
    : StatisticsService.StatisticsServiceBase
{
    static int watchers;

    public override async Task<GetSummaryResponse> GetSummary(GetSummaryRequest request, ServerCallContext context)
    {
        var filter = Validate(request);
        return WithReceipt(await summaries.AtAsync(filter, await versions.CurrentAsync(context.CancellationToken), context.CancellationToken), filter);
    }

    public override Task<GetMonthlyIntakeResponse> GetMonthlyIntake(GetMonthlyIntakeRequest request, ServerCallContext context) =>
        Cached("monthly", request.Filter(), GetMonthlyIntakeResponse.Parser, queries.Monthly.RunAsync,
            (r, v, id) => (r.DataVersion, r.ReceiptId) = (v, id), context.CancellationToken);

    public override Task<GetArticleBreakdownResponse> GetArticleBreakdown(GetArticleBreakdownRequest request, ServerCallContext context) =>
        Cached("articles", request.Filter(), GetArticleBreakdownResponse.Parser, queries.Articles.RunAsync,
            (r, v, id) => (r.DataVersion, r.ReceiptId) = (v, id), context.CancellationToken);

    public override Task<GetSentenceStatsResponse> GetSentenceStats(GetSentenceStatsRequest request, ServerCallContext context) =>
        Cached("sentences", request.Filter(), GetSentenceStatsResponse.Parser, queries.Sentences.RunAsync,
            (r, v, id) => (r.DataVersion, r.ReceiptId) = (v, id), context.CancellationToken);

    public override Task<GetCourtBreakdownResponse> GetCourtBreakdown(GetCourtBreakdownRequest request, ServerCallContext context) =>
        Cached("courts", request.Filter(), GetCourtBreakdownResponse.Parser, queries.Courts.RunAsync,
            (r, v, id) => (r.DataVersion, r.ReceiptId) = (v, id), context.CancellationToken);

    public override Task<GetTransparencyResponse> GetTransparency(GetTransparencyRequest request, ServerCallContext context) =>
        Cached("transparency", request.Filter(), GetTransparencyResponse.Parser, queries.Transparency.RunAsync,
            (r, v, id) => (r.DataVersion, r.ReceiptId) = (v, id), context.CancellationToken);

    public override async Task<ListCasesResponse> ListCases(ListCasesRequest request, ServerCallContext context)
    {
        var parsed = SummaryRequestParser.Parse(request.Filter(), Today());
        var violations = parsed.Violations.ToList();
        var (size, after) = CaseTablePaging.Parse(request.PageSize, request.PageToken, violations);
        if (violations.Count > 0 || parsed.Filter is not { } filter)
            throw RpcErrors.InvalidArgument("invalid cases request", violations);

        var version = await versions.CurrentAsync(context.CancellationToken);
        return await cache.GetOrComputeAsync("cases", version, $"{filter.Canonical()};size={size};after={after?.Encode()}", ListCasesResponse.Parser, async ct =>
        {
            var (rows, next) = await queries.CaseTable.PageAsync(filter, after, size, ct);
            var response = new ListCasesResponse { NextPageToken = next?.Encode() ?? "", DataVersion = version };
            response.Rows.AddRange(rows);
            return response;
        }, context.CancellationToken);
    }

    public override async Task WatchSummary(WatchSummaryRequest request, IServerStreamWriter<WatchSummaryResponse> responseStream,
        ServerCallContext context)
    {
        var filter = Validate(request.Filter());
        var settings = watchOptions.Value;
        if (Interlocked.Increment(ref watchers) > settings.MaxWatchers)
        {
            Interlocked.Decrement(ref watchers);
            throw new RpcException(new Status(StatusCode.ResourceExhausted, $"at most {settings.MaxWatchers} summary watchers at once"));
        }
        try
        {
            var ct = context.CancellationToken;
            long? sent = null;
            // The version is pushed to this replica (no I/O while the listener runs); each watcher looks at it once per interval.
            while (!ct.IsCancellationRequested)
            {
                var version = await versions.CurrentAsync(ct);
                if (version != sent)
                {
                    var summary = WithReceipt(await summaries.AtAsync(filter, version, ct), filter);
                    await responseStream.WriteAsync(new WatchSummaryResponse { Summary = summary }, ct);
                    sent = version;
                }
                await Task.Delay(settings.PollInterval, time, ct);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The client went away: the stream simply ends.
        }
        finally
        {
            Interlocked.Decrement(ref watchers);
        }
    }

    public override Task<GetCompletenessResponse> GetCompleteness(GetCompletenessRequest request, ServerCallContext context) =>
        Cached("completeness", request.Filter(), GetCompletenessResponse.Parser, queries.Completeness.RunAsync,
            (r, v, id) => (r.DataVersion, r.ReceiptId) = (v, id), context.CancellationToken);

    public override async Task<ListChangesResponse> ListChanges(ListChangesRequest request, ServerCallContext context)
    {
        var (page, violations) = ChangesPage.Parse(request);
        if (page is null)
            throw RpcErrors.InvalidArgument("invalid changes request", violations);
        var version = await versions.CurrentAsync(context.CancellationToken);
        var response = await queries.Changes.PageAsync(page.Since, page.CourtCodes, page.After, page.Size, context.CancellationToken);
        response.DataVersion = version;
        return response;
    }

    public override async Task<GetReceiptResponse> GetReceipt(GetReceiptRequest request, ServerCallContext context)
    {
        var (query, version, filter, asked) = Receipt(request.ReceiptId);
        return await ReceiptAnswers.GetAsync(queries.Receipts, request.ReceiptId, query, filter, asked, version,
            await versions.CurrentAsync(context.CancellationToken), context.CancellationToken);
    }

    public override async Task<VerifyReceiptResponse> VerifyReceipt(VerifyReceiptRequest request, ServerCallContext context)
    {
        var (query, version, filter, _) = Receipt(request.ReceiptId);
        return await ReceiptAnswers.VerifyAsync(queries.Receipts, request.ReceiptId, query, filter, version,
            await versions.CurrentAsync(context.CancellationToken), context.CancellationToken);
    }

    (string Query, long Version, SummaryFilter Filter, GetSummaryRequest Asked) Receipt(string id)
    {
        if (ReceiptToken.Decode(id) is not var (query, version, request))
            throw RpcErrors.InvalidArgument("invalid receipt", [new FieldViolation("receipt_id", "not a receipt id such as an answer's receipt_id")]);
        return (query, version, Validate(request), request);
    }

    /// <summary>The cached summary is shared: the receipt goes on a copy.</summary>
    static GetSummaryResponse WithReceipt(GetSummaryResponse summary, SummaryFilter filter)
    {
        var copy = summary.Clone();
        copy.ReceiptId = ReceiptToken.Encode("summary", filter, summary.DataVersion);
        return copy;
    }

    public override async Task ExportRelease(ExportReleaseRequest request, IServerStreamWriter<ExportReleaseResponse> responseStream,
        ServerCallContext context)
    {
        var filter = Validate(request.Filter());
        using var turn = ExportGate.Shared.TryEnter()
            ?? throw RpcErrors.Unavailable("another release export is running; try again later", ExportGate.RetryAfter);
        await using var export = await ReleaseExport.BuildAsync(queries.Release, filter, context.CancellationToken);
        await using var zip = export.Open();
        var buffer = new byte[ReleaseChunkBytes];
        int read;
        while ((read = await zip.ReadAsync(buffer, context.CancellationToken)) > 0)
            await responseStream.WriteAsync(new ExportReleaseResponse { Chunk = ByteString.CopyFrom(buffer, 0, read) }, context.CancellationToken);
    }

    /// <summary>Well under the 4 MB message limit of gRPC clients.</summary>
    const int ReleaseChunkBytes = 1 << 20;

    async Task<T> Cached<T>(string query, GetSummaryRequest request, MessageParser<T> parser,
        Func<SummaryFilter, CancellationToken, Task<T>> compute, Action<T, long, string> stamp, CancellationToken cancellationToken)
        where T : class, IMessage<T>
    {
        var filter = Validate(request);
        var version = await versions.CurrentAsync(cancellationToken);
        return await cache.GetOrComputeAsync(query, version, filter.Canonical(), parser, async ct =>
        {
            var response = await compute(filter, ct);
            // These answers carry the version they were keyed under (read just before computing), and their receipt.
            stamp(response, version, ReceiptToken.Encode(query, filter, version));
            return response;
        }, cancellationToken);
    }

    SummaryFilter Validate(GetSummaryRequest request)
    {
        var parsed = SummaryRequestParser.Parse(request, Today());
        return parsed.Filter ?? throw RpcErrors.InvalidArgument("invalid request", parsed.Violations);
    }

    DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
