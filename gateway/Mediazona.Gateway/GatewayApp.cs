using Mediazona.Gateway.Health;
using Mediazona.Gateway.Hosting;
using Mediazona.Gateway.Routing;
using Mediazona.ServiceDefaults.Telemetry;

namespace Mediazona.Gateway;

/// <summary>The gateway's table of contents; a static builder so tests can start it on their own ports.</summary>
public static class GatewayApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.ListenOnGatewayPorts();
        builder.AddTelemetry("gateway", "Yarp.ReverseProxy");

        var services = SuiteServices.FromConfiguration(builder.Configuration);
        builder.Services.AddReverseProxy().LoadFromMemory(SuiteRoutes.Routes(), SuiteRoutes.Clusters(services));
        builder.AddSuiteHealth(services);

        var app = builder.Build();
        app.MapSuiteHealth();
        app.MapReverseProxy();
        return app;
    }
}
