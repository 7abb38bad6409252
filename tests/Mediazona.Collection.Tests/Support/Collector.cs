using Mediazona.Collection.Captcha;
using Mediazona.Collection.Courts;
using Mediazona.Collection.Crawling;
using Mediazona.Collection.Health;
using Mediazona.Collection.Storage;
using Mediazona.FakeCourts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mediazona.Collection.Tests.Support;

/// <summary>The collector's real services (as its host registers them) pointed at the fake site, a test database and an ingestion (stand-in or real).</summary>
public sealed class Collector : IAsyncDisposable
{
    readonly ServiceProvider _services;

    public Collector(FakeCourtSite site, TestDatabase database, RecordingIngestion ingestion, IDictionary<string, string?>? overrides = null, ICaptchaSolver? captchaSolver = null)
        : this(site, database, ingestion.Address, RecordingIngestion.ApiKey, overrides, captchaSolver)
    {
    }

    /// <param name="gateway">Where ImportCards is called: the stand-in, or a real suite's gateway (gRPC port).</param>
    /// <param name="captchaSolver">A solver plugged in as a deployment would (registered before AddCollection); none by default.</param>
    public Collector(FakeCourtSite site, TestDatabase database, Uri gateway, string apiKey, IDictionary<string, string?>? overrides = null, ICaptchaSolver? captchaSolver = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gateway"] = gateway.AbsoluteUri,
            ["ApiKey"] = apiKey,
            // The fake site's courts only: a test never reaches a real court's site.
            ["RegistryCourts"] = "false",
            ["WindowDays"] = "120",
            ["Politeness:Delay"] = Delay.ToString(),
            ["Politeness:Jitter"] = "00:00:00.010",
            ["Politeness:RetryBackoff"] = "00:00:00.050",
            ["Politeness:Retries"] = "3",
            ["Politeness:GlobalConcurrency"] = GlobalConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (court, index) in site.Courts.Select((c, i) => (c, i)))
        {
            settings[$"Sites:{index}:Code"] = court.Code;
            settings[$"Sites:{index}:BaseUrl"] = site.BaseUrl(court.Code).AbsoluteUri;
        }
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddMetrics();
        services.AddSingleton(database.DataSource);
        if (captchaSolver is not null)
            services.AddSingleton(captchaSolver);
        services.AddCollection(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        _services = services.BuildServiceProvider();
    }

    /// <summary>The configured gap between two requests to one court (short, so the tests run fast; the default is 1.5 s + jitter).</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(30);

    /// <summary>Requests in flight across all courts (and courts crawled at once).</summary>
    public const int GlobalConcurrency = 4;

    public CrawlStore Store => _services.GetRequiredService<CrawlStore>();

    public CaptchaGate Captcha => _services.GetRequiredService<CaptchaGate>();

    public CourtSite Site(string code) => _services.GetRequiredService<ICourtDirectory>().Find(code)!;

    /// <summary>One pass over the given courts (all when none), collecting the progress steps.</summary>
    public async Task<List<CrawlStep>> CrawlAsync(params string[] codes)
    {
        var directory = _services.GetRequiredService<ICourtDirectory>();
        var sites = codes.Length == 0 ? directory.All() : codes.Select(c => directory.Find(c)!).ToList();
        var steps = new List<CrawlStep>();
        await _services.GetRequiredService<CrawlRunner>().RunAsync(sites, new CrawlScope(), step =>
        {
            steps.Add(step);
            return Task.CompletedTask;
        }, CancellationToken.None);
        return steps;
    }

    public async Task<Dictionary<string, CourtHealth>> HealthAsync() =>
        (await _services.GetRequiredService<CourtHealthReader>().ReadAsync([], CancellationToken.None)).ToDictionary(h => h.Code);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
