using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Mediazona.Collection.Crawling;
using Mediazona.Collection.Health;
using Mediazona.Collection.Monitoring;
using Mediazona.Deployment.Tests.Infrastructure;
using Mediazona.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Mediazona.Deployment.Tests;

/// <summary>/metrics exports the suite's own instruments under the names the dashboard and the alert rules query.</summary>
public sealed partial class TelemetryTests : IAsyncLifetime
{
    WebApplication _app = null!;
    string _scrape = "";
    HttpStatusCode _otherPortStatus;
    HttpStatusCode _otherPathOnMetricsPortStatus;

    public async Task InitializeAsync()
    {
        int metricsPort = FreePort(), otherPort = FreePort();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Ports:Address"] = "127.0.0.1";
        builder.Configuration[TelemetryExtensions.MetricsPortKey] = metricsPort.ToString();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, otherPort));
        builder.AddTelemetry("deployment-test");
        builder.Services.AddSingleton<CollectionMetrics>();
        _app = builder.Build();
        _app.MapMetrics();
        _app.MapGet("/api/anything", () => "the API");
        await _app.StartAsync();

        var metrics = _app.Services.GetRequiredService<SuiteMetrics>();
        metrics.SetOutboxBacklog(42);
        metrics.RecordCacheLookup("summary", CacheLookup.Hit);
        metrics.RecordCacheLookup("summary", CacheLookup.Hit);
        metrics.RecordCacheLookup("summary", CacheLookup.Miss);
        metrics.RecordCases("projected", 7);
        var collection = _app.Services.GetRequiredService<CollectionMetrics>();
        collection.RecordRun(new CourtRun("77GV0020") { ListPages = 3, CardsFetched = 10, CardsAcknowledged = 9, NewCases = 5, Revisions = 2, Unchanged = 1, Rejected = 1 });
        collection.SetHealth([Health("77GV0020", CourtHealthStatus.Ok), Health("25GV0005", CourtHealthStatus.Captcha)]);

        // Plain HttpClient: HTTP/1.1, as Prometheus scrapes.
        using var client = new HttpClient();
        _scrape = await client.GetStringAsync($"http://127.0.0.1:{metricsPort}{TelemetryExtensions.MetricsPath}");
        using var other = await client.GetAsync($"http://127.0.0.1:{otherPort}{TelemetryExtensions.MetricsPath}");
        _otherPortStatus = other.StatusCode;
        using var api = await client.GetAsync($"http://127.0.0.1:{metricsPort}/api/anything");
        _otherPathOnMetricsPortStatus = api.StatusCode;
    }

    static CourtHealth Health(string court, CourtHealthStatus status) => new(court, status, "", null, null, null, null, 0, 0, 0, 1, null);

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public void Metrics_are_served_on_the_metrics_port_only_and_nothing_else_is()
    {
        Assert.Contains("# TYPE", _scrape, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, _otherPortStatus);
        Assert.Equal(HttpStatusCode.NotFound, _otherPathOnMetricsPortStatus);
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public void Outbox_backlog_is_a_gauge_with_the_last_reported_value()
    {
        Assert.Matches(@"(?m)^mediazona_outbox_backlog(\{[^}]*\})? 42(\s|$)", _scrape);
    }

    [Fact]
    public void Cache_lookups_are_counted_by_result_so_the_hit_ratio_can_be_computed()
    {
        Assert.Matches(@"(?m)^mediazona_cache_lookups_total\{[^}]*result=""hit""[^}]*\} 2(\s|$)", _scrape);
        Assert.Matches(@"(?m)^mediazona_cache_lookups_total\{[^}]*result=""miss""[^}]*\} 1(\s|$)", _scrape);
    }

    [Fact]
    public void Cases_are_counted_by_stage()
    {
        Assert.Matches(@"(?m)^mediazona_cases_total\{[^}]*stage=""projected""[^}]*\} 7(\s|$)", _scrape);
    }

    [Fact]
    public void Each_courts_status_is_a_gauge_and_cards_are_counted_by_what_ingestion_said()
    {
        Assert.Matches(@"(?m)^mediazona_collection_court_health\{[^}]*court=""25GV0005""[^}]*status=""CAPTCHA""[^}]*\} 1(\s|$)", _scrape);
        Assert.Matches(@"(?m)^mediazona_collection_cards_total\{[^}]*result=""rejected""[^}]*\} 1(\s|$)", _scrape);
        Assert.Matches(@"(?m)^mediazona_collection_cards_total\{[^}]*result=""owed""[^}]*\} 1(\s|$)", _scrape);
    }

    [Theory]
    [InlineData("deploy/grafana/mediazona-suite.json")]
    [InlineData("deploy/prometheus/mediazona-alerts.yaml")]
    public void Every_suite_metric_the_dashboard_and_alerts_query_is_exported(string file)
    {
        var used = SuiteMetric().Matches(Repo.Read(file)).Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(used);
        foreach (var metric in used)
            Assert.Matches($@"(?m)^{metric}[{{ ]", _scrape);
    }

    [GeneratedRegex(@"\bmediazona_[a-z_]+\b")]
    private static partial Regex SuiteMetric();
}
