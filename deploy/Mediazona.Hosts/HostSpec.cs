namespace Mediazona.Hosts;

/// <summary>A port of a host: where up.sh puts it and where the container image listens.</summary>
public sealed record PortSpec(int Local, int Container);

/// <summary>One host of the suite as hosts.json describes it.</summary>
/// <param name="Postgres">The host's own database, when it has one.</param>
/// <param name="Calls">The hosts it reaches over h2c, each given as Services__&lt;Name&gt;.</param>
/// <param name="Public">The one host that faces clients (the gateway).</param>
public sealed record HostSpec(
    string Name,
    string Project,
    IReadOnlyDictionary<string, PortSpec> Ports,
    string? Postgres = null,
    bool RabbitMq = false,
    bool Redis = false,
    IReadOnlyList<string>? Calls = null,
    bool Public = false)
{
    public IReadOnlyList<string> Callees => Calls ?? [];

    /// <summary>services/Mediazona.Ingestion (the folder whose bin/ holds the build).</summary>
    public string ProjectDirectory => Path.GetDirectoryName(Project)!.Replace('\\', '/');

    /// <summary>Mediazona.Ingestion (the assembly, the dll's name).</summary>
    public string Assembly => Path.GetFileNameWithoutExtension(Project);

    /// <summary>Every host has a metrics port: /metrics and health over HTTP/1.1, open (docs/gateway.md, trust boundary).</summary>
    public const string MetricsPort = "metrics";
    public const string GrpcPort = "grpc";

    /// <summary>"Ingestion" in Services__Ingestion and Ports__Grpc's "Grpc".</summary>
    public static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
