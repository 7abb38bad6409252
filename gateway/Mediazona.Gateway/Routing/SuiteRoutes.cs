using System.Net;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Mediazona.Gateway.Routing;

/// <summary>The gateway's route table: which paths go to which service. Pure, so it is unit tested.</summary>
public static class SuiteRoutes
{
    public const string Ingestion = "ingestion";
    public const string Classification = "classification";
    public const string Statistics = "statistics";
    public const string Collection = "collection";

    /// <summary>Long enough for streaming calls and large bulk imports; YARP's default (100 s) would cut them.</summary>
    public static readonly TimeSpan ActivityTimeout = TimeSpan.FromMinutes(30);

    /// <summary>Path template → cluster. gRPC paths are /package.Service/Method; JSON paths mirror the protos' google.api.http rules.</summary>
    public static IReadOnlyList<(string Path, string Cluster)> Paths { get; } =
    [
        // gRPC
        ("/mediazona.ingestion.v1.IngestionService/{**rest}", Ingestion),
        ("/mediazona.classification.v1.ClassificationService/{**rest}", Classification),
        ("/mediazona.statistics.v1.StatisticsService/{**rest}", Statistics),
        // The court registry: ingestion owns card → court resolution.
        ("/mediazona.courts.v1.CourtsService/{**rest}", Ingestion),
        ("/mediazona.collection.v1.CollectionService/{**rest}", Collection),
        // JSON, transcoded by the services themselves
        ("/api/v1/cases:submit", Ingestion),
        ("/api/v1/cases:lookup", Ingestion),
        ("/api/v1/cases/{**rest}", Ingestion),
        ("/api/v1/cards:import", Ingestion),
        ("/api/v1/quarantine", Ingestion),
        ("/api/v1/admin/{**rest}", Ingestion),
        // Exactly this path: /api/v1/courts/health belongs to the collection service.
        ("/api/v1/courts", Ingestion),
        ("/api/v1/courts/health", Collection),
        ("/api/v1/courts:crawl", Collection),
        ("/api/v1/courts:captcha", Collection),
        ("/api/v1/classify", Classification),
        ("/api/v1/rules", Classification),
        ("/api/v1/stats/{**rest}", Statistics),
        // Receipts of statistics answers (GetReceipt, VerifyReceipt).
        ("/api/v1/receipts/{**rest}", Statistics),
    ];

    public static IReadOnlyList<RouteConfig> Routes() =>
        [.. Paths.Select(p => new RouteConfig
        {
            RouteId = RouteId(p.Path),
            ClusterId = p.Cluster,
            Match = new RouteMatch { Path = p.Path },
        })];

    public static IReadOnlyList<ClusterConfig> Clusters(SuiteServices services) =>
        [.. services.ByName.Select(s => new ClusterConfig
        {
            ClusterId = s.Key,
            Destinations = new Dictionary<string, DestinationConfig> { [s.Key] = new() { Address = s.Value.ToString() } },
            // The services speak h2c only: without an exact HTTP/2 policy YARP falls back to HTTP/1.1 and gRPC fails.
            HttpRequest = new ForwarderRequestConfig
            {
                Version = HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
                ActivityTimeout = ActivityTimeout,
            },
        })];

    // Route ids only need to be unique and readable in logs.
    static string RouteId(string path) => path.Trim('/').Replace("/{**rest}", "", StringComparison.Ordinal);
}
