using Grpc.Core;
using Mediazona.Contracts.Courts.V1;
using Mediazona.Courts.Registry;
using Mediazona.Ingestion.Courts;
using Mediazona.ServiceDefaults.Grpc;

namespace Mediazona.Ingestion.Rpc;

/// <summary>The court registry ingestion resolves cards through, for dashboards and tools (GET /api/v1/courts).</summary>
public sealed class CourtsRpc(CourtRegistry registry) : CourtsService.CourtsServiceBase
{
    public override Task<ListCourtsResponse> ListCourts(ListCourtsRequest request, ServerCallContext context)
    {
        var (response, problem) = CourtListing.List(registry, request);
        return response is not null
            ? Task.FromResult(response)
            : throw RpcErrors.InvalidArgument("Unknown district", new FieldViolation("district", problem!));
    }
}
