using System.Threading.RateLimiting;

namespace Mediazona.Gateway.Limits;

/// <summary>A token bucket: PermitsPerSecond refill, Burst capacity; PermitsPerSecond &lt;= 0 means no limit.</summary>
public sealed record BucketOptions(double PermitsPerSecond, int Burst)
{
    public bool Unlimited => PermitsPerSecond <= 0;

    /// <summary>Refilled ten times a second at 10/s and more (smooth); one token at a time below (0.5/s works).</summary>
    public TimeSpan Period => PermitsPerSecond >= 10 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1 / PermitsPerSecond);

    public int TokensPerPeriod => PermitsPerSecond >= 10 ? (int)Math.Round(PermitsPerSecond / 10) : 1;

    public static BucketOptions Of(double permitsPerSecond) => new(permitsPerSecond, Math.Max(1, (int)Math.Ceiling(permitsPerSecond * 2)));
}

/// <summary>
/// RateLimits:PermitsPerSecond/Burst: per key (default 50/100); RateLimits:AnonymousPermitsPerSecond/AnonymousBurst:
/// per client IP on open endpoints (default 20/40). A key's own PermitsPerSecond overrides the default.
/// </summary>
public sealed record RateLimitOptions(BucketOptions PerKey, BucketOptions Anonymous)
{
    public static RateLimitOptions FromConfiguration(IConfiguration configuration) => new(
        new BucketOptions(configuration.GetValue("RateLimits:PermitsPerSecond", 50.0), configuration.GetValue("RateLimits:Burst", 100)),
        new BucketOptions(configuration.GetValue("RateLimits:AnonymousPermitsPerSecond", 20.0), configuration.GetValue("RateLimits:AnonymousBurst", 40)));
}

/// <summary>One token bucket per partition ("key:&lt;name&gt;", "jwt:&lt;subject&gt;", "ip:&lt;address&gt;").</summary>
public sealed class RateLimits : IDisposable
{
    readonly PartitionedRateLimiter<(string Partition, BucketOptions Bucket)> _limiter =
        PartitionedRateLimiter.Create<(string Partition, BucketOptions Bucket), string>(resource =>
            resource.Bucket.Unlimited
                ? RateLimitPartition.GetNoLimiter(resource.Partition)
                : RateLimitPartition.GetTokenBucketLimiter(resource.Partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = resource.Bucket.Burst,
                    ReplenishmentPeriod = resource.Bucket.Period,
                    TokensPerPeriod = resource.Bucket.TokensPerPeriod,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));

    /// <summary>Null when admitted; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(string partition, BucketOptions bucket)
    {
        using var lease = _limiter.AttemptAcquire((partition, bucket));
        if (lease.IsAcquired)
            return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter.Dispose();
}
