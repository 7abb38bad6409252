using System.Diagnostics.Metrics;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.ServiceDefaults.Telemetry;
using Mediazona.Statistics.Caching;
using Mediazona.Statistics.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Mediazona.Statistics.Tests.Caching;

/// <summary>Every Redis lookup of the versioned cache is counted in SuiteMetrics by query and result.</summary>
public sealed class CacheMetricsTests : IDisposable
{
    readonly ServiceProvider services = new ServiceCollection().AddMetrics().AddSingleton<SuiteMetrics>().BuildServiceProvider();
    readonly MeterListener listener = new();
    readonly List<(string Cache, string Result)> lookups = [];

    public CacheMetricsTests()
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        // Only this test's meter: other tests record into their own SuiteMetrics concurrently.
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Name == "mediazona.cache.lookups")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            string? cache = null, result = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "cache") cache = tag.Value as string;
                if (tag.Key == "result") result = tag.Value as string;
            }
            lock (lookups)
                lookups.Add((cache ?? "", result ?? ""));
        });
        listener.Start();
    }

    // A generous Redis time-out: on a loaded machine the default 250 ms would turn a hit into an "error" lookup.
    VersionedCache Cache(IConnectionMultiplexer redis) =>
        new(redis, Options.Create(new CacheOptions { RedisTimeout = TimeSpan.FromSeconds(5) }), TimeProvider.System, services.GetRequiredService<SuiteMetrics>(),
            NullLogger<VersionedCache>.Instance);

    static Task<GetSummaryResponse> Answer(CancellationToken _) => Task.FromResult(new GetSummaryResponse { Cases = 7 });

    [Fact]
    public async Task A_first_lookup_is_a_miss_and_the_next_one_a_hit()
    {
        await using var redis = await Services.RedisAsync();
        var cache = Cache(redis);
        var key = CacheKeys.For("summary", DateTime.UtcNow.Ticks, Guid.NewGuid().ToString());

        await cache.GetOrComputeAsync(key, GetSummaryResponse.Parser, Answer, CancellationToken.None);
        // The write is fire-and-forget: wait until Redis has it (a readiness poll, not a timing assertion).
        for (var attempt = 0; attempt < 100 && !await redis.GetDatabase().KeyExistsAsync(key); attempt++)
            await Task.Delay(50);
        await cache.GetOrComputeAsync(key, GetSummaryResponse.Parser, Answer, CancellationToken.None);

        lock (lookups)
            Assert.Equal([("summary", "miss"), ("summary", "hit")], lookups);
    }

    [Fact]
    public async Task A_lookup_without_redis_is_an_error()
    {
        await using var redis = await Services.UnreachableRedisAsync();
        var answer = await Cache(redis).GetOrComputeAsync(CacheKeys.For("articles", 1, "x"), GetSummaryResponse.Parser, Answer,
            CancellationToken.None);

        Assert.Equal(7, answer.Cases);
        lock (lookups)
            Assert.Equal([("articles", "error")], lookups);
    }

    public void Dispose()
    {
        listener.Dispose();
        services.Dispose();
    }
}
