using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Mediazona.Testing;
using Xunit.Abstractions;

namespace Mediazona.EndToEnd.Tests;

/// <summary>
/// Faults in the middle of a large import: a service killed outright and restarted, RabbitMQ or PostgreSQL
/// restarted, Redis stopped. After each, statistics must equal the input exactly: nothing lost, nothing counted
/// twice, no acknowledged case missing. Each test is bounded in time.
/// </summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Fault")]
public sealed class FaultTests(SuiteFixture suite, ITestOutputHelper output)
{
    /// <summary>Tens of thousands by default; MZ_FAULT_CASES overrides it for a quick local run.</summary>
    static readonly int CaseCount = int.TryParse(Environment.GetEnvironmentVariable("MZ_FAULT_CASES"), out var n) ? n : 20_000;
    static int _scenario;

    [Fact]
    public Task Classification_killed_mid_import() => ImportThrough(() => suite.KillAndRestartAsync("classification", TimeSpan.FromSeconds(1)));

    [Fact]
    public Task Statistics_killed_mid_import() => ImportThrough(() => suite.KillAndRestartAsync("statistics", TimeSpan.FromSeconds(1)));

    [Fact]
    public Task Ingestion_killed_mid_import() => ImportThrough(() => suite.KillAndRestartAsync("ingestion", TimeSpan.FromSeconds(1)));

    [Fact]
    public Task RabbitMq_restarted_mid_import() => ImportThrough(() => Restart("rabbit"));

    [Fact]
    public Task PostgreSql_restarted_mid_import() => ImportThrough(() => Restart("pg"));

    [Fact]
    public async Task Redis_stopped_mid_import()
    {
        try
        {
            await ImportThrough(() => InfrastructureControl.StopAsync("redis"));
        }
        finally
        {
            await InfrastructureControl.StartAsync("redis");
        }
    }

    [Fact]
    public async Task Mzctl_watch_subscribes_again_when_the_gateway_is_killed_and_shows_the_next_case()
    {
        var court = Cases.NewCourtCode();
        using var api = new JsonApi(suite.GatewayHttp);
        Task Submit(string number) => api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit",
            new SubmitCasesRequest { Cases = { Cases.Case(court, number, "2023-05-02", Cases.Defendant(1, "ст.337 ч.5 УК РФ")) } });
        await Submit("1-1/2023");
        await Eventually.Until(() => api.GetAsync<GetSummaryResponse>($"/api/v1/stats/summary?asOf=2023-06-01&courtCodes={court}"), s => s.Cases == 1, suite);

        var run = await Mzctl.WatchAsync(suite, court, async () =>
        {
            await suite.KillAndRestartAsync("gateway", TimeSpan.FromSeconds(2));
            await Submit("1-2/2023");
        }, TimeSpan.FromMinutes(3));

        output.WriteLine(run.Errors);
        Assert.Equal((1L, 2L, 0), (run.First, run.Last, run.Exit));
        Assert.Contains("; watching again in 1 s", run.Errors, StringComparison.Ordinal);
    }

    static async Task Restart(string component)
    {
        await InfrastructureControl.StopAsync(component);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await InfrastructureControl.StartAsync(component);
    }

    /// <summary>Imports the cases with the fault injected once a third of them is acknowledged, then checks the figures.</summary>
    async Task ImportThrough(Func<Task> fault)
    {
        var scenario = Interlocked.Increment(ref _scenario);
        var runTag = $"f{scenario}{DateTime.UtcNow:HHmmss}";
        var courts = Enumerable.Range(0, 20).Select(i => $"6{scenario % 10}GV{Random.Shared.Next(100) * 100 + i:D4}").ToArray();
        var cases = Enumerable.Range(0, CaseCount).Select(i => SyntheticCases.Case(i, courts, runTag)).ToList();
        var expected = ImportDriver.Expected(cases);

        using var channel = SuiteKeys.Channel(suite.GatewayGrpc);
        var driver = new ImportDriver(new IngestionService.IngestionServiceClient(channel), cases);
        var import = driver.RunAsync(clients: 3, TimeSpan.FromMinutes(4));

        await Eventually.Until(() => Task.FromResult(driver.Acknowledged), acknowledged => acknowledged >= CaseCount / 3 || import.IsCompleted, suite, TimeSpan.FromMinutes(2));
        await fault();
        await import;
        Assert.Equal(CaseCount, driver.Acknowledged);

        var statistics = new StatisticsService.StatisticsServiceClient(channel);
        var summary = await Eventually.Until(async () => await SummaryOrNull(statistics, courts), s => s?.Cases == expected.Cases, suite, TimeSpan.FromMinutes(3));
        output.WriteLine($"{CaseCount} cases, {driver.Retries} resubmitted batches");
        Assert.Equal(expected.Cases, summary!.Cases);
        Assert.Equal(expected.Defendants, summary.Defendants);
        Assert.Equal(expected.VerdictCases, summary.VerdictCases);
    }

    /// <summary>Null while the suite is still recovering (e.g. PostgreSQL just restarted).</summary>
    static async Task<GetSummaryResponse?> SummaryOrNull(StatisticsService.StatisticsServiceClient statistics, string[] courts)
    {
        try
        {
            return await statistics.GetSummaryAsync(ImportDriver.SummaryOf(courts), deadline: DateTime.UtcNow.AddSeconds(10));
        }
        catch (Grpc.Core.RpcException)
        {
            return null;
        }
    }
}
