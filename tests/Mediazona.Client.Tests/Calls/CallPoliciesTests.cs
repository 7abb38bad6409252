using Mediazona.Client;

namespace Mediazona.Client.Tests.Calls;

public sealed class CallPoliciesTests
{
    static IEnumerable<string> Retried(MediazonaClientOptions options) =>
        CallPolicies.RetryConfig(options)!.MethodConfigs.Single().Names.Select(n => $"/{n.Service}/{n.Method}");

    [Fact]
    public void Only_reads_are_retried_and_only_on_unavailable()
    {
        var config = CallPolicies.RetryConfig(new MediazonaClientOptions { MaxAttempts = 3 })!;
        var policy = config.MethodConfigs.Single().RetryPolicy!;
        Assert.Equal(3, policy.MaxAttempts);
        Assert.Equal([Grpc.Core.StatusCode.Unavailable], policy.RetryableStatusCodes);

        var retried = Retried(new MediazonaClientOptions()).ToHashSet();
        Assert.Contains("/mediazona.statistics.v1.StatisticsService/GetSummary", retried);
        Assert.Contains("/mediazona.statistics.v1.StatisticsService/WatchSummary", retried);
        Assert.Contains("/mediazona.courts.v1.CourtsService/ListCourts", retried);
        Assert.DoesNotContain("/mediazona.ingestion.v1.IngestionService/SubmitCases", retried);
        Assert.DoesNotContain("/mediazona.ingestion.v1.IngestionService/AnnotateCase", retried);
        Assert.DoesNotContain("/mediazona.collection.v1.CollectionService/Crawl", retried);
        Assert.All(retried, m => Assert.True(CallCatalog.IsIdempotent(CallCatalog.KindOf(m)), m));
    }

    [Fact]
    public void One_attempt_turns_retries_off() => Assert.Null(CallPolicies.RetryConfig(new MediazonaClientOptions { MaxAttempts = 1 }));

    [Fact]
    public void Each_kind_gets_its_own_default_deadline()
    {
        var options = new MediazonaClientOptions
        {
            QueryTimeout = TimeSpan.FromSeconds(3), WriteTimeout = TimeSpan.FromSeconds(7), StreamTimeout = null,
        };
        Assert.Equal(TimeSpan.FromSeconds(3), CallPolicies.TimeoutOf(CallKind.Query, options));
        Assert.Equal(TimeSpan.FromSeconds(7), CallPolicies.TimeoutOf(CallKind.Write, options));
        Assert.Null(CallPolicies.TimeoutOf(CallKind.StreamingQuery, options));
        Assert.Null(CallPolicies.TimeoutOf(CallKind.StreamingWrite, options));
    }

    [Fact]
    public void The_options_never_show_the_key()
    {
        var text = new MediazonaClientOptions { Address = new Uri("http://127.0.0.1:8081"), ApiKey = "secret-key-123" }.ToString();
        Assert.DoesNotContain("secret-key-123", text, StringComparison.Ordinal);
        Assert.Contains("(set)", text, StringComparison.Ordinal);
    }
}
