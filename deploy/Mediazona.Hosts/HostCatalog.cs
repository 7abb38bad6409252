using System.Text.Json;

namespace Mediazona.Hosts;

/// <summary>hosts.json, read once: the suite's hosts in start order (a host after those it calls) and the settings all share.</summary>
public static class HostCatalog
{
    sealed record Document(IReadOnlyDictionary<string, string> Environment, IReadOnlyList<HostSpec> Hosts);

    static readonly Lazy<Document> Loaded = new(Load);

    public static IReadOnlyList<HostSpec> Hosts => Loaded.Value.Hosts;

    /// <summary>Settings every host gets wherever it runs.</summary>
    public static IReadOnlyDictionary<string, string> CommonEnvironment => Loaded.Value.Environment;

    public static HostSpec Named(string name) =>
        Hosts.SingleOrDefault(h => h.Name == name) ?? throw new ArgumentException($"no host named '{name}' in hosts.json", nameof(name));

    static Document Load()
    {
        using var stream = typeof(HostCatalog).Assembly.GetManifestResourceStream("hosts.json")
            ?? throw new InvalidOperationException("hosts.json is not embedded");
        var document = JsonSerializer.Deserialize<Document>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("hosts.json is empty");
        var names = document.Hosts.Select(h => h.Name).ToHashSet();
        foreach (var host in document.Hosts)
        {
            // Callers and callees may call each other (the gateway routes to the collector, which imports through it).
            if (host.Callees.FirstOrDefault(c => !names.Contains(c)) is { } unknown)
                throw new InvalidOperationException($"hosts.json: {host.Name} calls {unknown}, which is not described");
            if (!host.Ports.ContainsKey(HostSpec.MetricsPort) || !host.Ports.ContainsKey(HostSpec.GrpcPort))
                throw new InvalidOperationException($"hosts.json: {host.Name} needs a grpc and a metrics port");
        }
        return document;
    }
}
