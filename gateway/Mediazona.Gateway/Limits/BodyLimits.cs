using Mediazona.Gateway.Security;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;

namespace Mediazona.Gateway.Limits;

/// <summary>Limits:MaxRequestBodyBytes (default 64 MiB, what the services accept: bulk imports fit).</summary>
public sealed record BodyLimitOptions(long MaxRequestBodyBytes)
{
    public const long Default = 64L * 1024 * 1024;

    public static BodyLimitOptions FromConfiguration(IConfiguration configuration) =>
        new(configuration.GetValue("Limits:MaxRequestBodyBytes", Default));
}

/// <summary>
/// Refuses a declared oversize body before it is forwarded, and turns the cut of an undeclared one (chunked by
/// Kestrel, a gRPC stream by <see cref="CappedStream"/>) into 413 / RESOURCE_EXHAUSTED. Client-streaming gRPC may pause between
/// messages, so Kestrel's minimum body data rate does not apply to gRPC requests.
/// </summary>
public sealed class BodyLimits(RequestDelegate next, BodyLimitOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await Rejection.TooLarge(limit).WriteAsync(context);
            return;
        }
        if (Rejection.IsGrpc(context.Request))
        {
            if (context.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } rate)
                rate.MinDataRate = null;
            context.Request.Body = new CappedStream(context.Request.Body, limit);
        }

        await next(context);

        if (!context.Response.HasStarted
            && context.Features.Get<IForwarderErrorFeature>()?.Exception is { } error
            && IsTooLarge(error))
        {
            await Rejection.TooLarge(limit).WriteAsync(context);
        }
    }

    static bool IsTooLarge(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
                return true;
        }
        return false;
    }
}

public static class KestrelLimits
{
    /// <summary>Server-wide body cap from Limits:MaxRequestBodyBytes; dead streaming peers found by HTTP/2 pings.</summary>
    public static void Apply(KestrelServerOptions kestrel, BodyLimitOptions body)
    {
        kestrel.Limits.MaxRequestBodySize = body.MaxRequestBodyBytes;
        kestrel.Limits.Http2.KeepAlivePingDelay = TimeSpan.FromSeconds(60);
        kestrel.Limits.Http2.KeepAlivePingTimeout = TimeSpan.FromSeconds(20);
    }
}
