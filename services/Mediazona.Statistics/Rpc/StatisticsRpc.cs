using Grpc.Core;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.ServiceDefaults.Grpc;
using Mediazona.Statistics.Caching;
using Mediazona.Statistics.Queries;

namespace Mediazona.Statistics.Rpc;

/// <summary>gRPC (and transcoded JSON) entry point: validate, look up the versioned cache, compute on a miss.</summary>
public sealed class StatisticsRpc(SummaryQuery summaries, DataVersionQuery versions, VersionedCache cache, TimeProvider time)
    : StatisticsService.StatisticsServiceBase
{
    public override async Task<GetSummaryResponse> GetSummary(GetSummaryRequest request, ServerCallContext context)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var parsed = SummaryRequestParser.Parse(request, today);
        if (parsed.Filter is not { } filter)
            throw RpcErrors.InvalidArgument("invalid summary request", parsed.Violations);

        var version = await versions.ReadAsync(context.CancellationToken);
        var key = CacheKeys.For("summary", version, filter.Canonical());
        return await cache.GetOrComputeAsync(key, GetSummaryResponse.Parser,
            async ct => SummaryResponses.ToResponse(await summaries.RunAsync(filter, ct)), context.CancellationToken);
    }
}
