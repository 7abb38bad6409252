using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Queries;

namespace Mediazona.Statistics.Releases;

/// <summary>An ExportRelease request validated as the other queries validate theirs: as-of and court codes, every case.</summary>
public static class ReleaseRequests
{
    public static SummaryRequestResult Parse(ExportReleaseRequest request, TimeProvider time) =>
        SummaryRequestParser.Parse(new GetSummaryRequest { AsOf = request.AsOf, CourtCodes = { request.CourtCodes }, AllCases = true },
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
}
