using Google.Rpc;
using Grpc.Core;
using Mediazona.ServiceDefaults.Grpc;
using Mediazona.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Mediazona.ServiceDefaults.Security;

/// <summary>
/// A service's half of the trust boundary: every request needs the internal credential (InternalCredential), except
/// health (/healthz, /alive, grpc.health.v1: status only, for probes that cannot carry a secret) and the metrics port,
/// which serves /metrics and health alone. A refused call is UNAUTHENTICATED and reaches no RPC, so nothing is stored.
/// </summary>
public sealed class InternalCallersOnly(RequestDelegate next, InternalCredential credential, IConfiguration configuration,
    ILogger<InternalCallersOnly> logger)
{
    readonly int? _metricsPort = configuration.GetValue<int?>(TelemetryExtensions.MetricsPortKey);

    public const string Reason = "INTERNAL_CREDENTIAL_REQUIRED";
    public const string Domain = "mediazona.suite";

    public Task InvokeAsync(HttpContext context)
    {
        if (credential.Accepts(context.Request.Headers[InternalCredential.Header].ToString()) || IsOpen(context))
            return next(context);
        logger.LogWarning("Refused {Method} {Path} from {Remote}: no internal credential (calls must come through the gateway)",
            context.Request.Method, context.Request.Path, context.Connection.RemoteIpAddress);
        return StatusReply.WriteAsync(context, StatusCodes.Status401Unauthorized, StatusCode.Unauthenticated,
            "this service answers only the suite's gateway: call it through the gateway with an API key",
            new ErrorInfo { Reason = Reason, Domain = Domain });
    }

    bool IsOpen(HttpContext context) =>
        TelemetryExtensions.IsHealthPath(context.Request.Path) || context.Connection.LocalPort == _metricsPort;
}
