using System.Net;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Mediazona.Hosts;

namespace Mediazona.EndToEnd.Tests;

/// <summary>
/// The local run as a user starts it (deploy/local/up.sh, the Release build of this test run): every socket its processes
/// listen on is on loopback, and its services refuse a call that skips the gateway.
/// </summary>
[Collection(LocalRunCollection.Name)]
public sealed class LocalRunTests
{
    /// <summary>up.sh's ports: every host's local ports (hosts.json) and the infrastructure's (lib.sh's run environment).</summary>
    static readonly int[] ExpectedPorts = [.. HostCatalog.Hosts.SelectMany(h => h.Ports.Values.Select(p => p.Local)), .. LocalRun.InfrastructurePorts()];

    [Fact]
    public async Task Every_listener_of_the_local_run_is_on_loopback_and_the_services_refuse_direct_calls()
    {
        var before = await LocalRun.ListeningAsync();
        var taken = before.Where(s => ExpectedPorts.Contains(s.Port)).Select(s => s.Line).ToList();
        Assert.True(taken.Count == 0, "a local run (or something else) already holds up.sh's ports; stop it (deploy/local/down.sh):\n" + string.Join('\n', taken));

        try
        {
            // MZ_CRAWL=off: the collector starts, but a test never crawls the real courts' sites.
            await LocalRun.ScriptAsync("up.sh", TimeSpan.FromMinutes(5), "--no-build", "MZ_CRAWL=off");
            var pids = LocalRun.Pids();
            var ours = (await LocalRun.ListeningAsync()).Where(s => s.Pids.Overlaps(pids) || ExpectedPorts.Contains(s.Port)).ToList();

            Assert.Equal(ExpectedPorts.Order(), ours.Select(s => s.Port).Distinct().Intersect(ExpectedPorts).Order());
            var open = ours.Where(s => !LocalRun.IsLoopback(s.Address)).Select(s => s.Line).ToList();
            Assert.True(open.Count == 0, "listening beyond loopback:\n" + string.Join('\n', open));

            using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
            var ingestion = HostCatalog.Named("ingestion").Ports[HostSpec.GrpcPort].Local;
            using var direct = await http.PostAsync($"http://127.0.0.1:{ingestion}/api/v1/cases:submit", new StringContent("""{"cases":[]}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Unauthorized, direct.StatusCode);
        }
        finally
        {
            await LocalRun.ScriptAsync("down.sh", TimeSpan.FromMinutes(2));
        }
    }
}

/// <summary>The local run uses fixed ports (8080, 55432, ...): its test runs alone in its collection.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LocalRunCollection
{
    public const string Name = "local-run";
}
