using System.Collections.Concurrent;
using Google.Protobuf;
using Mediazona.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Mediazona.Statistics.Caching;

/// <summary>
/// Protobuf answers cached in Redis under versioned keys (see CacheKeys). Concurrent misses for one key in
/// this process compute once. Redis is an optimisation: when it is down or slow, answers are computed and
/// returned anyway, with at most one warning per interval. Every Redis lookup is counted by query and result
/// (hit, miss, error) in SuiteMetrics.
/// </summary>
public sealed class VersionedCache(IConnectionMultiplexer redis, IOptions<CacheOptions> options, TimeProvider time,
    SuiteMetrics metrics, ILogger<VersionedCache> logger)
{
    readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> inFlight = new(StringComparer.Ordinal);
    readonly CacheOptions settings = options.Value;
    long lastWarningTicks = long.MinValue;

    public async Task<T> GetOrComputeAsync<T>(string key, MessageParser<T> parser, Func<CancellationToken, Task<T>> compute,
        CancellationToken cancellationToken) where T : IMessage<T>
    {
        var load = new Lazy<Task<byte[]>>(() => LoadAsync(key, compute));
        var shared = inFlight.GetOrAdd(key, load);
        try
        {
            // The shared load runs without the caller's token: one caller giving up must not fail the others.
            var bytes = await shared.Value.WaitAsync(cancellationToken);
            return parser.ParseFrom(bytes);
        }
        finally
        {
            inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<byte[]>>>(key, shared));
        }
    }

    async Task<byte[]> LoadAsync<T>(string key, Func<CancellationToken, Task<T>> compute) where T : IMessage<T>
    {
        var cached = await TryGetAsync(key);
        if (cached is not null)
            return cached;
        var bytes = (await compute(CancellationToken.None)).ToByteArray();
        TrySet(key, bytes);
        return bytes;
    }

    async Task<byte[]?> TryGetAsync(string key)
    {
        // A disconnected multiplexer would queue the command until its timeout: skip Redis instead.
        var query = CacheKeys.QueryOf(key);
        if (!redis.IsConnected)
        {
            metrics.RecordCacheLookup(query, CacheLookup.Error);
            Warn(null);
            return null;
        }
        try
        {
            var value = await redis.GetDatabase().StringGetAsync(key).WaitAsync(settings.RedisTimeout);
            metrics.RecordCacheLookup(query, value.IsNull ? CacheLookup.Miss : CacheLookup.Hit);
            return value.IsNull ? null : (byte[]?)value;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            metrics.RecordCacheLookup(query, CacheLookup.Error);
            Warn(ex);
            return null;
        }
    }

    void TrySet(string key, byte[] bytes)
    {
        if (!redis.IsConnected)
            return;
        try
        {
            // Fire and forget: the caller has its answer; a lost write only costs a later recomputation.
            redis.GetDatabase().StringSet(key, bytes, settings.Ttl, flags: CommandFlags.FireAndForget);
        }
        catch (RedisException ex)
        {
            Warn(ex);
        }
    }

    void Warn(Exception? ex)
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref lastWarningTicks);
        if (last != long.MinValue && time.GetElapsedTime(last, now) < settings.WarningInterval)
            return;
        if (Interlocked.CompareExchange(ref lastWarningTicks, now, last) != last)
            return;
        logger.LogWarning(ex, "Redis unavailable: answering from PostgreSQL without the cache");
    }
}
