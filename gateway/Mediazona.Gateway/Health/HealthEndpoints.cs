using Mediazona.Gateway.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mediazona.Gateway.Health;

public static class HealthEndpoints
{
    public static WebApplicationBuilder AddSuiteHealth(this WebApplicationBuilder builder, SuiteServices services)
    {
        var timeout = builder.Configuration.GetValue("Health:ProbeTimeout", TimeSpan.FromSeconds(2));
        builder.Services.AddSingleton(services);
        builder.Services.AddSingleton(new ProbeOptions(timeout));
        builder.Services.AddSingleton<ServiceProbe>();
        builder.Services.AddHttpClient(ServiceProbe.ClientName, ServiceProbe.ConfigureClient);
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy());
        return builder;
    }

    /// <summary>/healthz: gateway plus services (readiness); /alive: the gateway alone (liveness, never restarted for a service's outage).</summary>
    public static WebApplication MapSuiteHealth(this WebApplication app)
    {
        app.MapGet("/healthz", async (HealthCheckService gateway, ServiceProbe probe, CancellationToken cancellationToken) =>
        {
            var own = gateway.CheckHealthAsync(cancellationToken);
            var services = await probe.ProbeAllAsync(cancellationToken);
            var report = new SuiteHealthReport((await own).Status, services);
            return Results.Json(report.ToJson(), statusCode: report.HttpStatusCode);
        });
        app.MapGet("/alive", async (HealthCheckService gateway, CancellationToken cancellationToken) =>
        {
            var report = new SuiteHealthReport((await gateway.CheckHealthAsync(cancellationToken)).Status, new Dictionary<string, ServiceHealth>());
            return Results.Json(report.ToJson(), statusCode: report.HttpStatusCode);
        });
        return app;
    }
}
