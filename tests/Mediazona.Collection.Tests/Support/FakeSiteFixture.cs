using Mediazona.Collection.Sources.Sudrf;
using Mediazona.FakeCourts;

namespace Mediazona.Collection.Tests.Support;

/// <summary>The fake court site on a free loopback port, shared by a test class; fetches pages as a browser would.</summary>
public sealed class FakeSiteFixture : IAsyncLifetime
{
    static readonly HttpClient Http = Browser();

    public FakeCourtSite Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await FakeCourtSite.StartAsync(new FakeSiteOptions { Courts = 12, FirstCourtCases = 60, SlowAnswer = TimeSpan.FromMilliseconds(50) });
    }

    static HttpClient Browser()
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0");
        return http;
    }

    /// <summary>Status and text of a page, decoded by its own charset.</summary>
    public async Task<(int Status, string Text)> FetchAsync(Uri url)
    {
        using var response = await Http.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return ((int)response.StatusCode, Windows1251.Decode(bytes, response.Content.Headers.ContentType?.ToString()));
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
    }
}
