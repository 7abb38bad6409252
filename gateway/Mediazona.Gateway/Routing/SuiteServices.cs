using Microsoft.Extensions.Configuration;

namespace Mediazona.Gateway.Routing;

/// <summary>Base addresses of the suite's services (h2c, e.g. http://127.0.0.1:5101).</summary>
public sealed record SuiteServices(Uri Ingestion, Uri Classification, Uri Statistics, Uri Collection)
{
    public const string Section = "Services";

    /// <summary>Service names as they appear in cluster ids, health output and configuration keys.</summary>
    public IReadOnlyDictionary<string, Uri> ByName => new Dictionary<string, Uri>
    {
        [SuiteRoutes.Ingestion] = Ingestion,
        [SuiteRoutes.Classification] = Classification,
        [SuiteRoutes.Statistics] = Statistics,
        [SuiteRoutes.Collection] = Collection,
    };

    /// <summary>Reads Services:Ingestion, Services:Classification, Services:Statistics and Services:Collection; a missing or bad one stops start-up.</summary>
    public static SuiteServices FromConfiguration(IConfiguration configuration) => new(
        Read(configuration, "Ingestion"),
        Read(configuration, "Classification"),
        Read(configuration, "Statistics"),
        Read(configuration, "Collection"));

    static Uri Read(IConfiguration configuration, string name)
    {
        var key = $"{Section}:{name}";
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException($"Configuration '{key}' is missing: set it to the service's base URL, e.g. http://127.0.0.1:5101.");
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new InvalidOperationException($"Configuration '{key}' = '{value}' is not an absolute http(s) URL.");
        return uri;
    }
}
