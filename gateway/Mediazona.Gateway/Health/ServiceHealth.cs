using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mediazona.Gateway.Health;

/// <summary>What one service's /healthz said, or why it said nothing.</summary>
public sealed record ServiceHealth(HealthStatus Status, int? HttpStatus, string? Error, long DurationMs)
{
    /// <summary>Reads a ServiceDefaults /healthz answer: its "status" field, but never Healthy on a non-2xx code.</summary>
    public static ServiceHealth FromResponse(int httpStatus, string body, long durationMs)
    {
        var success = httpStatus is >= 200 and < 300;
        var reported = ReportedStatus(body);
        var status = reported switch
        {
            null => success ? HealthStatus.Healthy : HealthStatus.Unhealthy,
            _ when !success => HealthStatus.Unhealthy,
            _ => reported.Value,
        };
        var error = success ? null : $"/healthz answered {httpStatus}";
        return new ServiceHealth(status, httpStatus, error, durationMs);
    }

    public static ServiceHealth Unreachable(string error, long durationMs) => new(HealthStatus.Unhealthy, null, error, durationMs);

    static HealthStatus? ReportedStatus(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("status", out var status)
                && Enum.TryParse<HealthStatus>(status.GetString(), ignoreCase: true, out var parsed)
                ? parsed
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
