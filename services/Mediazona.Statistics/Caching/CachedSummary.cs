using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Rpc;

namespace Mediazona.Statistics.Caching;

/// <summary>The summary at a known data version through the versioned cache: shared by GetSummary, WatchSummary and the headline gauges.</summary>
public sealed class CachedSummary(StatisticsQueries queries, VersionedCache cache)
{
    public Task<GetSummaryResponse> AtAsync(SummaryFilter filter, long version, CancellationToken cancellationToken) =>
        cache.GetOrComputeAsync(CacheKeys.For("summary", version, filter.Canonical()), GetSummaryResponse.Parser,
            async ct => SummaryResponses.ToResponse(await queries.Summary.RunAsync(filter, ct)), cancellationToken);
}
