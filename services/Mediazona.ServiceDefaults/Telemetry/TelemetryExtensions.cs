using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Mediazona.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Where Prometheus scrapes every host.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// Optional HTTP/1.1 port for /metrics and health alone (Kubernetes sets 9464): Prometheus cannot speak h2c to the
    /// services' HTTP/2-only port, and on the gateway it keeps /metrics off the public port.
    /// </summary>
    public const string MetricsPortKey = "Ports:Metrics";

    /// <summary>The series one metric may have (label combinations); more go to OpenTelemetry's overflow series.</summary>
    public const int MetricSeriesLimit = 200;

    /// <summary>
    /// JSON console logs (one object a line, scopes included so every line inside a request or a consumed
    /// message carries its TraceId and SpanId) and OpenTelemetry traces and metrics for ASP.NET Core,
    /// HttpClient, MassTransit, Npgsql, the runtime, the suite's own meter (SuiteMetrics) and the given extra
    /// sources; metrics are served in Prometheus format (MapMetrics) and, like traces, exported over OTLP
    /// when OTEL_EXPORTER_OTLP_ENDPOINT is set.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder, string serviceName, params string[] extraSources)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json =>
        {
            json.TimestampFormat = "O";
            json.UseUtcTimestamp = true;
            json.IncludeScopes = true;
        });
        // TraceId and SpanId of Activity.Current go into every line's scopes (consumers included, not only requests).
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        if (builder.Configuration.GetValue<int?>(MetricsPortKey) is { } metricsPort)
        {
            var address = IPAddress.TryParse(builder.Configuration["Ports:Address"], out var parsed) ? parsed : IPAddress.Any;
            builder.Services.Configure<KestrelServerOptions>(kestrel =>
                kestrel.Listen(address, metricsPort, listen => listen.Protocols = HttpProtocols.Http1));
        }
        builder.Services.AddSingleton<SuiteMetrics>();
        builder.Services.AddProbeHealthServices();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = context => !IsScrapeOrProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource("MassTransit", "Npgsql", serviceName)
                .AddSource(extraSources))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", serviceName, SuiteMetrics.MeterName)
                .AddMeter(extraSources)
                // Every metric stream preallocates a point per series up to its cardinality limit: the default 2,000
                // made each stream a 144 KB array on the large object heap (~12 MB in a host with ~80 streams).
                .AddView(_ => new MetricStreamConfiguration { CardinalityLimit = MetricSeriesLimit })
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.UseOtlpExporter();
        return builder;
    }

    /// <summary>
    /// Prometheus text format at /metrics: on the Ports:Metrics port only when one is configured, else on every
    /// port. Call once per host (MapDefaultEndpoints does it for the services).
    /// </summary>
    public static IEndpointConventionBuilder MapMetrics(this WebApplication app)
    {
        var endpoint = app.MapPrometheusScrapingEndpoint(MetricsPath);
        if (app.Configuration.GetValue<int?>(MetricsPortKey) is { } port)
        {
            endpoint.RequireHost($"*:{port}");
            // The metrics port serves /metrics and health alone: no API over HTTP/1.1 behind the services' HTTP/2-only port.
            app.Use((context, next) =>
            {
                if (context.Connection.LocalPort != port || context.Request.Path.StartsWithSegments(MetricsPath) || IsHealthPath(context.Request.Path))
                    return next(context);
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        }
        return endpoint;
    }

    /// <summary>Health endpoints (HTTP /healthz and /alive, gRPC grpc.health.v1): status only, open to probes on every port.</summary>
    public static bool IsHealthPath(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/alive") || path.StartsWithSegments("/grpc.health.v1.Health");

    // Scrapes and probes arrive every few seconds: tracing them would drown the traces that matter.
    static bool IsScrapeOrProbe(PathString path) => path.StartsWithSegments(MetricsPath) || IsHealthPath(path);
}
