using System.Diagnostics;
using System.Net;
using Mediazona.Gateway.Routing;

namespace Mediazona.Gateway.Health;

/// <summary>Calls GET &lt;service&gt;/healthz over h2c with a short timeout.</summary>
public sealed class ServiceProbe(IHttpClientFactory clients, SuiteServices services, ProbeOptions options)
{
    public const string ClientName = "service-health";

    public async Task<IReadOnlyDictionary<string, ServiceHealth>> ProbeAllAsync(CancellationToken cancellationToken)
    {
        var probes = services.ByName.Select(async s => (s.Key, Health: await ProbeAsync(s.Value, cancellationToken)));
        return (await Task.WhenAll(probes)).ToDictionary(p => p.Key, p => p.Health);
    }

    async Task<ServiceHealth> ProbeAsync(Uri service, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(new Uri(service, "/healthz"), timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return ServiceHealth.FromResponse((int)response.StatusCode, body, clock.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ServiceHealth.Unreachable($"no answer within {options.Timeout.TotalMilliseconds:0} ms", clock.ElapsedMilliseconds);
        }
        catch (HttpRequestException e)
        {
            return ServiceHealth.Unreachable(e.Message, clock.ElapsedMilliseconds);
        }
    }

    /// <summary>The services serve h2c only: an HTTP/1.1 request would never be answered as such.</summary>
    public static void ConfigureClient(HttpClient client)
    {
        client.DefaultRequestVersion = HttpVersion.Version20;
        client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
    }
}

/// <summary>Health:ProbeTimeout (default 2 s): how long one service may take to answer /healthz.</summary>
public sealed record ProbeOptions(TimeSpan Timeout);
