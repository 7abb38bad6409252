using Mediazona.Collection.Sources.Sudrf;
using Polly.Timeout;

namespace Mediazona.Collection.Crawling;

/// <summary>Fetches one page from a court through the polite, resilient client and says what it is. Never throws for a court's fault.</summary>
public sealed class CourtFetcher(IHttpClientFactory clients, TimeProvider clock)
{
    public const string ClientName = "sudrf";

    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken ct)
    {
        var http = clients.CreateClient(ClientName);
        try
        {
            using var response = await http.GetAsync(url, ct);
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            var contentType = Windows1251.ContentTypeOf(bytes, response.Content.Headers.ContentType?.ToString());
            var text = Windows1251.Decode(bytes, contentType);
            return new FetchedPage(url, (int)response.StatusCode, bytes, contentType, clock.GetUtcNow(), text, PageClassifier.Classify((int)response.StatusCode, text));
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            // Retries are spent by now (the resilience pipeline sits inside the client): the court is down for this run.
            return new FetchedPage(url, 0, [], "", clock.GetUtcNow(), "", new PageVerdict(PageKind.Unavailable, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }
}
