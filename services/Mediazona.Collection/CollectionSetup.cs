using Mediazona.Collection.Captcha;
using Mediazona.Collection.Courts;
using Mediazona.Collection.Crawling;
using Mediazona.Collection.Health;
using Mediazona.Collection.Monitoring;
using Mediazona.Collection.Publishing;
using Mediazona.Collection.Storage;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mediazona.Collection;

public static class CollectionSetup
{
    /// <summary>Everything the collector needs but its host and database: options, courts, court client, ingestion client, crawler, health.</summary>
    public static IServiceCollection AddCollection(this IServiceCollection services, IConfiguration section)
    {
        services.Configure<CollectionOptions>(section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICourtDirectory, ConfiguredCourtDirectory>();
        services.AddSingleton<CrawlStore>();
        services.AddSingleton<CollectionMetrics>();
        services.AddCourtClient();
        services.AddIngestionThroughGateway(section);
        services.TryAddSingleton<ICaptchaSolver, NoCaptchaSolver>();
        services.AddSingleton<CaptchaGate>();
        services.AddSingleton<CourtCrawler>();
        services.AddSingleton<CrawlRunner>();
        services.AddSingleton<CourtHealthReader>();
        return services;
    }
}
