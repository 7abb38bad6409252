namespace Mediazona.Hosts;

/// <summary>
/// Where one deployment of the suite runs: the addresses and ports it gives each host, its infrastructure and its internal
/// secret. The local run, the end-to-end fixture and the benchmark each make one; HostEnvironment turns it into settings.
/// </summary>
/// <param name="Address">Where the hosts listen and are reached (127.0.0.1).</param>
/// <param name="PublicAddress">Where the public host (the gateway) listens (MZ_BIND).</param>
/// <param name="Port">The port a host gets for a named port of its own.</param>
/// <param name="Postgres">The connection string to a host's database, given the database's name in hosts.json.</param>
public sealed record Placement(
    string Address,
    string PublicAddress,
    Func<HostSpec, string, int> Port,
    Func<string, string> Postgres,
    string RabbitMq,
    string Redis,
    string InternalSecret)
{
    /// <summary>up.sh's placement: the ports of hosts.json's "local" column.</summary>
    public static Func<HostSpec, string, int> LocalPorts => (host, port) => host.Ports[port].Local;

    /// <summary>Free ports for every host, taken once (the fixture's and the benchmark's placements).</summary>
    public static Func<HostSpec, string, int> FreePorts(Func<int> freePort)
    {
        var ports = HostCatalog.Hosts.SelectMany(h => h.Ports.Keys.Select(p => (h.Name, p))).ToDictionary(k => k, _ => freePort());
        return (host, port) => ports[(host.Name, port)];
    }

    public Uri Url(HostSpec host, string port) => new($"http://{Reachable(host)}:{Port(host, port)}");

    /// <summary>/healthz on the metrics port: HTTP/1.1 and open on every host.</summary>
    public Uri Health(HostSpec host) => new(Url(host, HostSpec.MetricsPort), "/healthz");

    public string ListenAddress(HostSpec host) => host.Public ? PublicAddress : Address;

    // A wildcard listen address is reached on loopback.
    string Reachable(HostSpec host) => ListenAddress(host) switch
    {
        "0.0.0.0" => "127.0.0.1",
        "::" => "[::1]",
        var address when address.Contains(':', StringComparison.Ordinal) => $"[{address}]",
        var address => address,
    };
}
