using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Rpc;

namespace Mediazona.Statistics.Caching;

/// <summary>The summary at a known data version through the hot answers and the versioned cache: shared by GetSummary, WatchSummary and the headline gauges.</summary>
public sealed class CachedSummary(StatisticsQueries queries, HotAnswers cache)
{
    public Task<GetSummaryResponse> AtAsync(SummaryFilter filter, long version, CancellationToken cancellationToken) =>
        cache.GetOrComputeAsync("summary", version, filter.Canonical(), GetSummaryResponse.Parser,
            async ct => SummaryResponses.ToResponse(await queries.Summary.RunAsync(filter, ct)), cancellationToken);
}
