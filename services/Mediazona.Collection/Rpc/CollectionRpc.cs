using Grpc.Core;
using Mediazona.Collection.Captcha;
using Mediazona.Collection.Sources.Sudrf;
using Mediazona.Collection.Storage;
using Mediazona.Collection.Courts;
using Mediazona.Collection.Crawling;
using Mediazona.Collection.Health;
using Mediazona.Contracts.Collection.V1;
using Mediazona.ServiceDefaults.Grpc;

namespace Mediazona.Collection.Rpc;

/// <summary>The collector's gRPC surface: court health, a crawl pass on demand with its progress streamed, a court's captcha for a person to answer.</summary>
public sealed class CollectionRpc(ICourtDirectory courts, CourtHealthReader health, CrawlRunner runner, CaptchaGate captcha, CrawlStore store) : CollectionService.CollectionServiceBase
{
    public override async Task<ListCourtHealthResponse> ListCourtHealth(ListCourtHealthRequest request, ServerCallContext context)
    {
        var response = new ListCourtHealthResponse();
        response.Courts.AddRange((await health.ReadAsync(request.CourtCodes, context.CancellationToken)).Select(CollectionMapping.ToProto));
        return response;
    }

    public override async Task Crawl(CrawlRequest request, IServerStreamWriter<CrawlResponse> responseStream, ServerCallContext context)
    {
        var overrides = request.SiteOverrides.GroupBy(o => o.CourtCode.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last().BaseUrl, StringComparer.OrdinalIgnoreCase);
        var sites = (request.CourtCodes.Count > 0 ? request.CourtCodes : courts.All().Select(c => c.Code))
            .Select(code => Site(code, overrides.GetValueOrDefault(code), "court_codes")).ToList();
        var crawled = sites.Select(s => s.Code).ToHashSet();
        var answers = request.CaptchaAnswers.Select((a, i) => CaptchaAnswers.Validate(a, $"captcha_answers[{i}]", crawled)).ToList();
        await store.EnsureCourtsAsync(answers.Select(a => a.CourtCode), context.CancellationToken);
        foreach (var answer in answers)
            await captcha.KeepAsync(answer.CourtCode, answer.CaptchaId, answer.Answer, context.CancellationToken);
        var scope = new CrawlScope(CollectionMapping.ToDate(request.FromDate), CollectionMapping.ToDate(request.ToDate));
        await runner.RunAsync(sites, scope, step => responseStream.WriteAsync(CollectionMapping.ToProto(step), context.CancellationToken), context.CancellationToken);
    }

    public override async Task<GetCaptchaResponse> GetCaptcha(GetCaptchaRequest request, ServerCallContext context)
    {
        var site = Site(request.CourtCode, request.BaseUrl.Length > 0 ? request.BaseUrl : null, "court_code");
        await store.EnsureCourtsAsync([site.Code], context.CancellationToken);
        var variant = (await store.StateAsync(site.Code, context.CancellationToken)).Variant;
        var (challenge, form) = await captcha.ChallengeAsync(site, variant, context.CancellationToken);
        if (challenge is not null)
        {
            return new GetCaptchaResponse
            {
                CourtCode = site.Code,
                CaptchaId = challenge.Id,
                Image = Google.Protobuf.ByteString.CopyFrom(challenge.Image),
                ImageType = challenge.ImageType,
                FormUrl = form.Url.AbsoluteUri,
            };
        }
        if (form.Verdict.Kind is PageKind.Unavailable)
            throw RpcErrors.Unavailable($"{site.Code}: the court's search form did not answer: {form.Verdict.Cause}", TimeSpan.FromMinutes(5));
        throw RpcErrors.FailedPrecondition($"{site.Code}: the court's search form shows no captcha", "NO_CAPTCHA", site.Code, $"{form.Verdict.Kind}: {form.Verdict.Cause}");
    }

    /// <summary>A known court, or any code at an http(s) address given for this call.</summary>
    CourtSite Site(string code, string? baseUrl, string field)
    {
        code = code.Trim().ToUpperInvariant();
        var known = courts.Find(code);
        if (baseUrl is null)
            return known ?? throw RpcErrors.InvalidArgument("unknown court", new FieldViolation(field, $"'{code}' is not a known court"));
        if (!Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw RpcErrors.InvalidArgument("bad site address", new FieldViolation(field == "court_code" ? "base_url" : "site_overrides", $"'{baseUrl}' is not an http(s) address"));
        return new CourtSite(code, known?.Name ?? code, url);
    }
}
