using Mediazona.Statistics.Caching;

namespace Mediazona.Statistics.Tests.Caching;

public class CacheKeysTests
{
    [Fact]
    public void Key_names_query_version_and_request_hash()
    {
        var key = CacheKeys.For("summary", 42, "as_of=2023-04-03");

        var parts = key.Split(':');
        Assert.Equal(["mz", "stats", "v1", "summary", "42"], parts[..5]);
        Assert.Matches("^[0-9a-f]{32}$", parts[5]);
    }

    [Fact]
    public void Same_request_same_key_and_any_change_moves_it()
    {
        var key = CacheKeys.For("summary", 42, "as_of=2023-04-03");

        Assert.Equal(key, CacheKeys.For("summary", 42, "as_of=2023-04-03"));
        Assert.NotEqual(key, CacheKeys.For("summary", 43, "as_of=2023-04-03"));
        Assert.NotEqual(key, CacheKeys.For("summary", 42, "as_of=2023-04-04"));
        Assert.NotEqual(key, CacheKeys.For("monthly", 42, "as_of=2023-04-03"));
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("articles")]
    public void The_query_of_a_key_is_its_metrics_label(string query) =>
        Assert.Equal(query, CacheKeys.QueryOf(CacheKeys.For(query, 42, "as_of=2023-04-03;court=a:b")));

    [Fact]
    public void A_foreign_key_has_no_query() => Assert.Equal("", CacheKeys.QueryOf("other:summary:1:2"));
}
