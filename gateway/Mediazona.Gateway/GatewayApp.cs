using Mediazona.Gateway.Health;
using Mediazona.Gateway.Hosting;
using Mediazona.Gateway.Limits;
using Mediazona.Gateway.Reflection;
using Mediazona.Gateway.Routing;
using Mediazona.Gateway.Security;
using Mediazona.ServiceDefaults.Telemetry;

namespace Mediazona.Gateway;

/// <summary>The gateway's table of contents; a static builder so tests can start it on their own ports.</summary>
public static class GatewayApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var body = BodyLimitOptions.FromConfiguration(builder.Configuration);
        builder.ListenOnGatewayPorts(body);
        builder.AddTelemetry("gateway", "Yarp.ReverseProxy");

        var services = SuiteServices.FromConfiguration(builder.Configuration);
        // HTTP/2 keeps one connection per destination: resolving each service's (headless) DNS name to one
        // destination per pod spreads the load over every replica.
        builder.Services.AddReverseProxy().LoadFromMemory(SuiteRoutes.Routes(services), SuiteRoutes.Clusters(services))
            .AddDnsDestinationResolver(dns => dns.RefreshPeriod = TimeSpan.FromSeconds(15));
        builder.AddSuiteHealth(services);
        builder.AddSuiteReflection();
        builder.AddEdge();
        builder.AddAccessControl(body);

        var app = builder.Build();
        app.UseEdge();
        app.MapMetrics();
        // Prometheus scrapes arrive on Ports:Metrics, which serves nothing else: no key is asked there.
        var metricsPort = app.Configuration.GetValue<int?>(TelemetryExtensions.MetricsPortKey);
        app.UseWhen(context => context.Connection.LocalPort != metricsPort, secured => secured
            .UseMiddleware<AccessControl>()
            .UseMiddleware<BodyLimits>());
        app.MapSuiteHealth();
        app.MapSuiteReflection();
        app.MapReverseProxy();
        return app;
    }
}
