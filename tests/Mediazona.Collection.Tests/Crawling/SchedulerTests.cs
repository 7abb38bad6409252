using Mediazona.Collection.Tests.Support;
using Mediazona.FakeCourts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mediazona.Collection.Tests.Crawling;

/// <summary>The host's background schedule: started with courts configured, it crawls them without being asked.</summary>
public sealed class SchedulerTests
{
    [Fact]
    public async Task A_started_collector_crawls_every_configured_court_on_its_own()
    {
        await using var site = await FakeCourtSite.StartAsync(new FakeSiteOptions { Courts = 2, FirstCourtCases = 15, MinCases = 10, MaxCases = 12 });
        await using var database = await TestDatabase.CreateAsync();
        await using var ingestion = new RecordingIngestion();
        await ingestion.StartAsync();
        await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Postgres", database.ConnectionString);
            web.UseSetting("Collection:Gateway", ingestion.Address.AbsoluteUri);
            web.UseSetting("Collection:ApiKey", RecordingIngestion.ApiKey);
            // The fake site's courts only: the schedule must never reach a real court's site.
            web.UseSetting("Collection:RegistryCourts", "false");
            web.UseSetting("Internal:Secret", "scheduler-tests-internal-secret-0123456789");
            web.UseSetting("Collection:Politeness:Delay", "00:00:00.010");
            web.UseSetting("Collection:Politeness:Jitter", "00:00:00");
            for (var i = 0; i < site.Courts.Count; i++)
            {
                web.UseSetting($"Collection:Sites:{i}:Code", site.Courts[i].Code);
                web.UseSetting($"Collection:Sites:{i}:BaseUrl", site.BaseUrl(site.Courts[i].Code).AbsoluteUri);
            }
        });
        using var client = host.CreateClient(); // starts the host, and with it the schedule

        var expected = site.Courts.Sum(c => c.Cases.Count);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (ingestion.Stored.Count < expected && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.Equal(expected, ingestion.Stored.Count);
    }
}
