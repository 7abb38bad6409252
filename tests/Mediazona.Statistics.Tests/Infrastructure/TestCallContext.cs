using Grpc.Core;

namespace Mediazona.Statistics.Tests.Infrastructure;

/// <summary>The smallest ServerCallContext that lets a test call an RPC handler directly.</summary>
sealed class TestCallContext(CancellationToken cancellationToken = default) : ServerCallContext
{
    protected override string MethodCore => "/mediazona.statistics.v1.StatisticsService/GetSummary";
    protected override string HostCore => "localhost";
    protected override string PeerCore => "ipv4:127.0.0.1:1";
    protected override DateTime DeadlineCore => DateTime.MaxValue;
    protected override Metadata RequestHeadersCore { get; } = [];
    protected override CancellationToken CancellationTokenCore => cancellationToken;
    protected override Metadata ResponseTrailersCore { get; } = [];
    protected override Status StatusCore { get; set; }
    protected override WriteOptions? WriteOptionsCore { get; set; }
    protected override AuthContext AuthContextCore { get; } = new(null, []);
    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();
    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
}
