using System.Net;
using Mediazona.Collection.Sources.Sudrf;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Mediazona.Collection.Crawling;

/// <summary>The court sites' HttpClient: a browser User-Agent, retries with backoff on 5xx, timeouts and maintenance pages, Retry-After honoured, 120 s per attempt, politeness innermost.</summary>
public static class HttpSetup
{
    public static IServiceCollection AddCourtClient(this IServiceCollection services)
    {
        services.AddSingleton<CourtGates>();
        services.AddSingleton<CourtFetcher>();
        var builder = services.AddHttpClient(CourtFetcher.ClientName, (sp, http) =>
        {
            http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's own timeouts decide
            http.DefaultRequestHeaders.UserAgent.ParseAdd(sp.GetRequiredService<IOptions<CollectionOptions>>().Value.Politeness.UserAgent);
            http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-RU,ru;q=0.9");
        }).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, AllowAutoRedirect = true });
        builder.AddResilienceHandler("court-site", (pipeline, context) =>
        {
            var politeness = context.ServiceProvider.GetRequiredService<IOptions<CollectionOptions>>().Value.Politeness;
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = politeness.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = politeness.RetryBackoff,
                ShouldRetryAfterHeader = true,
                ShouldHandle = async args => HttpClientResiliencePredicates.IsTransient(args.Outcome) || await IsMaintenanceAsync(args.Outcome, args.Context.CancellationToken),
            });
            pipeline.AddTimeout(politeness.Timeout);
        });
        // Added after the resilience handler, so it sits inside it and gates every attempt.
        builder.AddHttpMessageHandler(sp => new PolitenessHandler(sp.GetRequiredService<CourtGates>()));
        return services;
    }

    /// <summary>A 200 maintenance or "database down" page clears on retry like a 503 does.</summary>
    static async Task<bool> IsMaintenanceAsync(Outcome<HttpResponseMessage> outcome, CancellationToken ct)
    {
        if (outcome.Result is not { IsSuccessStatusCode: true } response)
            return false;
        await response.Content.LoadIntoBufferAsync(ct); // buffered, so the caller still reads the body after this look
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        var text = Windows1251.Decode(bytes, response.Content.Headers.ContentType?.ToString());
        return PageClassifier.Classify(200, text).Kind == PageKind.Unavailable;
    }
}
