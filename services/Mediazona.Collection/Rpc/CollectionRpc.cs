using Grpc.Core;
using Mediazona.Collection.Courts;
using Mediazona.Collection.Crawling;
using Mediazona.Collection.Health;
using Mediazona.Contracts.Collection.V1;
using Mediazona.ServiceDefaults.Grpc;

namespace Mediazona.Collection.Rpc;

/// <summary>The collector's gRPC surface: court health, and a crawl pass on demand with its progress streamed.</summary>
public sealed class CollectionRpc(ICourtDirectory courts, CourtHealthReader health, CrawlRunner runner) : CollectionService.CollectionServiceBase
{
    public override async Task<ListCourtHealthResponse> ListCourtHealth(ListCourtHealthRequest request, ServerCallContext context)
    {
        var response = new ListCourtHealthResponse();
        response.Courts.AddRange((await health.ReadAsync(request.CourtCodes, context.CancellationToken)).Select(CollectionMapping.ToProto));
        return response;
    }

    public override async Task Crawl(CrawlRequest request, IServerStreamWriter<CrawlResponse> responseStream, ServerCallContext context)
    {
        var overrides = request.SiteOverrides.ToDictionary(o => o.CourtCode, o => o.BaseUrl, StringComparer.OrdinalIgnoreCase);
        var sites = new List<CourtSite>();
        foreach (var code in request.CourtCodes.Count > 0 ? request.CourtCodes : courts.All().Select(c => c.Code))
        {
            var known = courts.Find(code);
            if (overrides.TryGetValue(code, out var baseUrl))
            {
                if (!Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                    throw RpcErrors.InvalidArgument("bad site override", new FieldViolation("site_overrides", $"'{baseUrl}' is not an http(s) address"));
                sites.Add(new CourtSite(code, known?.Name ?? code, url));
            }
            else
            {
                sites.Add(known ?? throw RpcErrors.InvalidArgument("unknown court", new FieldViolation("court_codes", $"'{code}' is not a known court")));
            }
        }
        var scope = new CrawlScope(CollectionMapping.ToDate(request.FromDate), CollectionMapping.ToDate(request.ToDate));
        await runner.RunAsync(sites, scope, step => responseStream.WriteAsync(CollectionMapping.ToProto(step), context.CancellationToken), context.CancellationToken);
    }
}
