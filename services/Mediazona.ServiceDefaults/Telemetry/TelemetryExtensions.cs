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
    /// <summary>
    /// JSON console logs and OpenTelemetry traces and metrics for ASP.NET Core, HttpClient, MassTransit, Npgsql,
    /// the runtime and the given extra sources; exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder, string serviceName, params string[] extraSources)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json => json.TimestampFormat = "O");

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource("MassTransit", "Npgsql", serviceName)
                .AddSource(extraSources))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", serviceName)
                .AddMeter(extraSources));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.UseOtlpExporter();
        return builder;
    }
}
