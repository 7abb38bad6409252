using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.AspNetCore.Web;
using Mediazona.ServiceDefaults.Security;
using Mediazona.ServiceDefaults.Telemetry;

namespace Mediazona.ServiceDefaults.Hosting;

public static class ServiceDefaultsExtensions
{
    /// <summary>Largest gRPC message a service accepts: big enough for bulk imports.</summary>
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    /// <summary>
    /// What every service host shares: one HTTP/2-only port (Ports:Grpc) for gRPC and transcoded JSON,
    /// gRPC with JSON transcoding, reflection and health, JSON logs and OpenTelemetry (TelemetryExtensions).
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxMessageBytes;
            if (builder.Configuration.GetValue<int?>("Ports:Grpc") is { } port)
            {
                // h2c: without TLS, HTTP/2 is only served on an endpoint that allows nothing else.
                kestrel.Listen(BindAddress(builder.Configuration), port, listen => listen.Protocols = HttpProtocols.Http2);
            }
        });

        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = MaxMessageBytes;
            grpc.MaxSendMessageSize = MaxMessageBytes;
        }).AddJsonTranscoding(json =>
        {
            // Error details must be resolvable, or writing a transcoded error fails with a 500.
            json.TypeRegistry = TypeRegistry.FromMessages(BadRequest.Descriptor, ResourceInfo.Descriptor);
        });
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: [HealthTags.Live]);

        // Read now, so that a service without its internal secret stops at start instead of running open.
        builder.Services.AddSingleton(InternalCredential.FromConfiguration(builder.Configuration));
        builder.AddTelemetry(serviceName);
        return builder;
    }

    /// <summary>
    /// Health endpoints (HTTP /healthz and /alive, gRPC grpc.health.v1), Prometheus /metrics, gRPC reflection, and gRPC-Web for
    /// every gRPC endpoint (browsers reach it through the gateway's HTTP/1.1 port). Everything but health and the metrics
    /// port answers only callers that present the internal credential (InternalCallersOnly).
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseMiddleware<InternalCallersOnly>();
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthJson });
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Live) });
        app.MapMetrics();
        return app;
    }

    static IPAddress BindAddress(IConfiguration configuration) =>
        IPAddress.TryParse(configuration["Ports:Address"], out var address) ? address : IPAddress.Any;

    static Task WriteHealthJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}
