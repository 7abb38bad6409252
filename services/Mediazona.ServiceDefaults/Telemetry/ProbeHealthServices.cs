using Grpc.AspNetCore.HealthChecks;
using Microsoft.Extensions.DependencyInjection;

namespace Mediazona.ServiceDefaults.Telemetry;

/// <summary>
/// Names in grpc.health.v1 for Kubernetes' native gRPC probes: "" (readiness: every check, PostgreSQL, Redis and
/// the bus included) and "liveness" (only the process's own checks, so an outage of a dependency takes a pod
/// out of rotation instead of restarting it in a loop).
/// </summary>
public static class ProbeHealthServices
{
    public const string Liveness = "liveness";

    public static IServiceCollection AddProbeHealthServices(this IServiceCollection services) =>
        services.Configure<GrpcHealthChecksOptions>(options =>
            options.Services.Map(Liveness, check => check.Tags.Contains(HealthTags.Live)));
}
