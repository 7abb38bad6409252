using System.Globalization;

namespace Mediazona.Benchmarks.Suite;

/// <summary>One running host of the suite: its process id, its log file and, when known, its Prometheus endpoint.</summary>
sealed record SuiteHost(string Name, int Pid, string? LogPath, Uri? Metrics, bool MetricsOverHttp2 = false)
{
    /// <summary>The hosts of a suite started by deploy/local/up.sh, from its pid files; /metrics on the services' own h2c ports.</summary>
    public static IReadOnlyList<SuiteHost> FromPidFiles(string pidDirectory)
    {
        if (!Directory.Exists(pidDirectory))
            return [];
        // up.sh configures no metrics port, so /metrics is served on each service's gRPC port (h2c) and on the gateway's HTTP port.
        var metrics = new Dictionary<string, (Uri, bool)>
        {
            ["ingestion"] = (new Uri("http://127.0.0.1:5101/metrics"), true),
            ["classification"] = (new Uri("http://127.0.0.1:5102/metrics"), true),
            ["statistics"] = (new Uri("http://127.0.0.1:5103/metrics"), true),
            ["gateway"] = (new Uri("http://127.0.0.1:8080/metrics"), false),
        };
        var hosts = new List<SuiteHost>();
        foreach (var file in Directory.GetFiles(pidDirectory, "*.pid").Order())
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!int.TryParse(File.ReadAllText(file).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                continue;
            var (uri, http2) = metrics.TryGetValue(name, out var known) ? known : (null, false);
            hosts.Add(new SuiteHost(name, pid, Path.Combine(pidDirectory, "..", "logs", name + ".log"), uri, http2));
        }
        return hosts;
    }

    /// <summary>A GET of this host's /metrics, over HTTP/2 with prior knowledge where the port speaks h2c only.</summary>
    public HttpRequestMessage MetricsRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Metrics);
        if (MetricsOverHttp2)
        {
            request.Version = System.Net.HttpVersion.Version20;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
        }
        return request;
    }
}
