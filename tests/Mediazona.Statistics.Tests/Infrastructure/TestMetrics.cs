using Mediazona.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Mediazona.Statistics.Tests.Infrastructure;

/// <summary>SuiteMetrics over a real meter factory, registered the way AddTelemetry does (AddMetrics + singleton).</summary>
static class TestMetrics
{
    static readonly ServiceProvider Provider = new ServiceCollection().AddMetrics().AddSingleton<SuiteMetrics>().BuildServiceProvider();

    public static SuiteMetrics Suite => Provider.GetRequiredService<SuiteMetrics>();
}
