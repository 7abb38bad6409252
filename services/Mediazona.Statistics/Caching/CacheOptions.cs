namespace Mediazona.Statistics.Caching;

/// <summary>Cache settings (section "Cache").</summary>
public sealed class CacheOptions
{
    /// <summary>How long an answer lives; the data version, not the TTL, keeps answers fresh.</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a read waits for Redis before computing the answer from PostgreSQL.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>At most one "Redis unavailable" warning per this interval.</summary>
    public TimeSpan WarningInterval { get; set; } = TimeSpan.FromMinutes(1);
}
