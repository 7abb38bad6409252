using System.Text.Json;
using Mediazona.Gateway.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mediazona.Gateway.Tests.Health;

public class SuiteHealthReportTests
{
    static SuiteHealthReport Report(HealthStatus gateway, HealthStatus ingestion, HealthStatus classification, HealthStatus statistics) =>
        new(gateway, new Dictionary<string, ServiceHealth>
        {
            ["ingestion"] = new(ingestion, 200, null, 1),
            ["classification"] = new(classification, 200, null, 1),
            ["statistics"] = new(statistics, 200, null, 1),
        });

    [Theory]
    [InlineData(HealthStatus.Healthy, HealthStatus.Healthy, HealthStatus.Healthy, HealthStatus.Healthy, HealthStatus.Healthy, 200)]
    [InlineData(HealthStatus.Healthy, HealthStatus.Degraded, HealthStatus.Healthy, HealthStatus.Healthy, HealthStatus.Degraded, 200)]
    [InlineData(HealthStatus.Healthy, HealthStatus.Degraded, HealthStatus.Healthy, HealthStatus.Unhealthy, HealthStatus.Unhealthy, 503)]
    [InlineData(HealthStatus.Healthy, HealthStatus.Healthy, HealthStatus.Unhealthy, HealthStatus.Healthy, HealthStatus.Unhealthy, 503)]
    [InlineData(HealthStatus.Unhealthy, HealthStatus.Healthy, HealthStatus.Healthy, HealthStatus.Healthy, HealthStatus.Unhealthy, 503)]
    [InlineData(HealthStatus.Degraded, HealthStatus.Healthy, HealthStatus.Healthy, HealthStatus.Healthy, HealthStatus.Degraded, 200)]
    public void The_worst_part_decides(HealthStatus gateway, HealthStatus ingestion, HealthStatus classification, HealthStatus statistics,
        HealthStatus expected, int expectedCode)
    {
        var report = Report(gateway, ingestion, classification, statistics);
        Assert.Equal(expected, report.Status);
        Assert.Equal(expectedCode, report.HttpStatusCode);
    }

    [Fact]
    public void The_json_names_every_service_and_its_status()
    {
        var json = JsonDocument.Parse(JsonSerializer.Serialize(
            Report(HealthStatus.Healthy, HealthStatus.Healthy, HealthStatus.Degraded, HealthStatus.Unhealthy).ToJson())).RootElement;
        Assert.Equal("Unhealthy", json.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.GetProperty("gateway").GetProperty("status").GetString());
        var services = json.GetProperty("services");
        Assert.Equal("Healthy", services.GetProperty("ingestion").GetProperty("status").GetString());
        Assert.Equal("Degraded", services.GetProperty("classification").GetProperty("status").GetString());
        Assert.Equal("Unhealthy", services.GetProperty("statistics").GetProperty("status").GetString());
    }
}
