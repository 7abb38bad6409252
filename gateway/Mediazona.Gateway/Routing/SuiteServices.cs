using Microsoft.Extensions.Configuration;

namespace Mediazona.Gateway.Routing;

/// <summary>Base addresses of the suite's services (h2c, e.g. http://127.0.0.1:5101); the collector is optional.</summary>
public sealed record SuiteServices(Uri Ingestion, Uri Classification, Uri Statistics, Uri? Collection = null)
{
    public const string Section = "Services";

    /// <summary>Service names as they appear in cluster ids, health output and configuration keys.</summary>
    public IReadOnlyDictionary<string, Uri> ByName
    {
        get
        {
            var services = new Dictionary<string, Uri>
            {
                [SuiteRoutes.Ingestion] = Ingestion,
                [SuiteRoutes.Classification] = Classification,
                [SuiteRoutes.Statistics] = Statistics,
            };
            if (Collection is not null)
                services[SuiteRoutes.Collection] = Collection;
            return services;
        }
    }

    /// <summary>
    /// Reads Services:Ingestion, Services:Classification and Services:Statistics (a missing or bad one stops start-up) and
    /// Services:Collection (optional: without it the collector's routes are not served).
    /// </summary>
    public static SuiteServices FromConfiguration(IConfiguration configuration) => new(
        Read(configuration, "Ingestion"),
        Read(configuration, "Classification"),
        Read(configuration, "Statistics"),
        string.IsNullOrWhiteSpace(configuration[$"{Section}:Collection"]) ? null : Read(configuration, "Collection"));

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
