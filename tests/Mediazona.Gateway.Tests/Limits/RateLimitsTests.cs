using Mediazona.Gateway.Limits;

namespace Mediazona.Gateway.Tests.Limits;

public sealed class RateLimitsTests
{
    [Fact]
    public void A_bucket_admits_its_burst_then_refuses_with_a_wait_and_keys_do_not_share_buckets()
    {
        using var limits = new RateLimits();
        // One permit a minute: the bucket cannot refill while the test runs.
        var bucket = new BucketOptions(1.0 / 60, 3);
        for (var i = 0; i < 3; i++)
            Assert.Null(limits.TryAcquire("key:a", bucket));
        var wait = limits.TryAcquire("key:a", bucket);
        Assert.NotNull(wait);
        Assert.True(wait > TimeSpan.Zero);
        Assert.Null(limits.TryAcquire("key:b", bucket));
    }

    [Fact]
    public void Zero_permits_means_unlimited()
    {
        using var limits = new RateLimits();
        for (var i = 0; i < 1000; i++)
            Assert.Null(limits.TryAcquire("key:admin", new BucketOptions(0, 1)));
    }

    [Theory]
    [InlineData(100, 100, 10)]
    [InlineData(10, 100, 1)]
    [InlineData(2, 500, 1)]
    public void Refill_is_smooth_at_high_rates_and_one_token_at_a_time_at_low_ones(double rate, int periodMs, int tokens)
    {
        var bucket = BucketOptions.Of(rate);
        Assert.Equal((TimeSpan.FromMilliseconds(periodMs), tokens), (bucket.Period, bucket.TokensPerPeriod));
        Assert.Equal((int)(rate * 2), bucket.Burst);
    }
}
