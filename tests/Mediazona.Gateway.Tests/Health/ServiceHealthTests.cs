using Mediazona.Gateway.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mediazona.Gateway.Tests.Health;

public class ServiceHealthTests
{
    [Theory]
    [InlineData(200, """{"status":"Healthy","checks":{}}""", HealthStatus.Healthy)]
    [InlineData(200, """{"status":"Degraded","checks":{"redis":{"status":"Degraded"}}}""", HealthStatus.Degraded)]
    [InlineData(503, """{"status":"Unhealthy"}""", HealthStatus.Unhealthy)]
    [InlineData(503, """{"status":"Healthy"}""", HealthStatus.Unhealthy)]
    [InlineData(200, "Healthy", HealthStatus.Healthy)]
    [InlineData(500, "oops", HealthStatus.Unhealthy)]
    [InlineData(404, "", HealthStatus.Unhealthy)]
    public void Reads_the_reported_status_but_never_trusts_a_failing_code(int code, string body, HealthStatus expected)
    {
        var health = ServiceHealth.FromResponse(code, body, 5);
        Assert.Equal(expected, health.Status);
        Assert.Equal(code, health.HttpStatus);
    }

    [Fact]
    public void A_failing_code_is_explained()
    {
        Assert.Contains("503", ServiceHealth.FromResponse(503, "{}", 1).Error);
        Assert.Null(ServiceHealth.FromResponse(200, "{}", 1).Error);
    }
}
