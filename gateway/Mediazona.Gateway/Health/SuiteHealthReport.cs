using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mediazona.Gateway.Health;

/// <summary>The gateway's own health and every service's readiness, folded into one answer.</summary>
public sealed record SuiteHealthReport(HealthStatus Gateway, IReadOnlyDictionary<string, ServiceHealth> Services)
{
    /// <summary>The worst of all parts (HealthStatus orders Unhealthy &lt; Degraded &lt; Healthy).</summary>
    public HealthStatus Status => Services.Values.Select(s => s.Status).Append(Gateway).Min();

    /// <summary>Degraded still takes traffic; only Unhealthy takes the gateway out of rotation.</summary>
    public int HttpStatusCode => Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;

    /// <summary>The JSON body: {status, gateway, services:{name:{status, httpStatus, error, durationMs}}}.</summary>
    public object ToJson() => new
    {
        status = Status.ToString(),
        gateway = new { status = Gateway.ToString() },
        services = Services.ToDictionary(
            s => s.Key,
            s => new { status = s.Value.Status.ToString(), httpStatus = s.Value.HttpStatus, error = s.Value.Error, durationMs = s.Value.DurationMs }),
    };
}
