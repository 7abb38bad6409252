using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests;

/// <summary>
/// A suite of its own with the suite's categories at Debug and ASP.NET Core's request log on, so that every hop
/// writes a line: the gateway and ingestion per request, classification and statistics per consumed batch.
/// </summary>
public sealed class TracedSuite : IAsyncLifetime
{
    public SuiteFixture Suite { get; } = new(new Dictionary<string, string>
    {
        ["Logging__LogLevel__Mediazona"] = "Debug",
        // appsettings.json of statistics names this category itself, and the more specific name wins.
        ["Logging__LogLevel__Mediazona.Statistics.Consuming"] = "Debug",
        ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
    });

    public Task InitializeAsync() => Suite.InitializeAsync();

    public Task DisposeAsync() => Suite.DisposeAsync();
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TracedSuiteCollection : ICollectionFixture<TracedSuite>
{
    public const string Name = "traced-suite";
}

/// <summary>
/// One trace id spans a submit from the gateway through ingestion, RabbitMQ and classification to the statistics
/// projection, visible in every host's JSON log lines (TraceId in their scopes); and no defendant's name is ever
/// written to a log, even at Debug.
/// </summary>
[Collection(TracedSuiteCollection.Name)]
public sealed class TraceAndLogTests(TracedSuite traced, ITestOutputHelper output)
{
    const string DefendantName = "Трассировкин Лог Журналович";
    readonly SuiteFixture _suite = traced.Suite;

    [Fact]
    public async Task A_submit_keeps_its_trace_id_from_the_gateway_to_the_statistics_projection()
    {
        var traceId = await SubmitTracedAsync("1-77/2024");
        var seen = await WaitForProjectionAsync(traceId);
        output.WriteLine($"trace {traceId} seen in the logs of: {string.Join(", ", seen.Order())}");

        Assert.True(seen.IsSupersetOf(["gateway", "ingestion", "classification", "statistics"]),
            $"trace {traceId} appears only in the logs of [{string.Join(", ", seen.Order())}]\n{_suite.Logs()}");
        Assert.Contains(LinesInTrace("classification", traceId), line => line.Contains("\"Category\":\"Mediazona.Classification", StringComparison.Ordinal));
        Assert.Contains(LinesInTrace("statistics", traceId), line => line.Contains("\"Category\":\"Mediazona.Statistics.Consuming", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_defendant_name_reaches_any_log()
    {
        var traceId = await SubmitTracedAsync("1-78/2024");
        await WaitForProjectionAsync(traceId);

        var logs = LogPaths();
        Assert.Superset(new HashSet<string>(["gateway", "ingestion", "classification", "statistics"]), logs.Keys.ToHashSet());
        foreach (var (host, path) in logs)
        {
            var text = ReadShared(path);
            Assert.True(text.Length > 0, $"{host} wrote no log at all ({path})");
            Assert.DoesNotContain(DefendantName, text, StringComparison.Ordinal);
            // JSON writers may escape non-ASCII text: check the escaped form too.
            Assert.DoesNotContain(JsonEscaped(DefendantName), text, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Submits one case with a named defendant through the gateway under a new trace id; returns the id.</summary>
    async Task<string> SubmitTracedAsync(string caseNumber)
    {
        var traceId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var request = new SubmitCasesRequest { Cases = { Case(NewCourtCode(), caseNumber, "2024-02-01", NamedDefendant()) } };
        using var http = new HttpClient { BaseAddress = _suite.GatewayHttp, Timeout = TimeSpan.FromSeconds(30) };
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases:submit")
        {
            Content = new StringContent(JsonFormatter.Default.Format(request), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        message.Headers.Add("x-api-key", SuiteKeys.Admin);
        message.Headers.Add("traceparent", $"00-{traceId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-01");
        using var response = await http.SendAsync(message);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return traceId;
    }

    /// <summary>
    /// The hosts whose logs carry the trace, once statistics' does (the batch was projected), or when the bounded
    /// wait ends: then the caller's assertion says which hop lost the trace.
    /// </summary>
    async Task<HashSet<string>> WaitForProjectionAsync(string traceId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var seen = HostsLoggingTrace(traceId);
        while (!seen.Contains("statistics") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            seen = HostsLoggingTrace(traceId);
        }
        return seen;
    }

    static Mediazona.Contracts.Cases.V1.Defendant NamedDefendant()
    {
        var defendant = Defendant(1, "ст.337 ч.5 УК РФ");
        defendant.Name = DefendantName;
        defendant.NameHidden = false;
        return defendant;
    }

    HashSet<string> HostsLoggingTrace(string traceId) =>
        [.. LogPaths().Where(h => ReadShared(h.Value).Contains($"\"TraceId\":\"{traceId}\"", StringComparison.Ordinal)).Select(h => h.Key)];

    IEnumerable<string> LinesInTrace(string host, string traceId) =>
        ReadShared(LogPaths()[host]).Split('\n').Where(l => l.Contains($"\"TraceId\":\"{traceId}\"", StringComparison.Ordinal));

    IReadOnlyDictionary<string, string> LogPaths() => _suite.LogPaths;

    static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    static string JsonEscaped(string text) => string.Concat(text.Select(c => c < 128 ? c.ToString() : $"\\u{(int)c:X4}"));
}
