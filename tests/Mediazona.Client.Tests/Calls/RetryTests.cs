using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Grpc.Core;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Mediazona.Client.Tests.Calls;

/// <summary>
/// The registered clients against a server that answers every call UNAVAILABLE (and counts them): a read is
/// attempted MaxAttempts times, a write once.
/// </summary>
public sealed class RetryTests : IAsyncLifetime
{
    WebApplication _server = null!;
    int _calls;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        _server = builder.Build();
        _server.MapPost("/{**method}", (HttpContext http) =>
        {
            Interlocked.Increment(ref _calls);
            http.Response.ContentType = "application/grpc";
            http.Response.Headers["grpc-status"] = "14"; // a trailers-only answer: UNAVAILABLE
            return Task.CompletedTask;
        });
        await _server.StartAsync();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    ServiceProvider Registered() => new ServiceCollection()
        .AddMediazonaClient(o =>
        {
            o.Address = new Uri(_server.Urls.Single());
            o.MaxAttempts = 3;
        })
        .BuildServiceProvider();

    [Fact]
    public async Task A_read_that_finds_the_suite_unavailable_is_retried()
    {
        await using var services = Registered();
        var statistics = services.GetRequiredService<StatisticsService.StatisticsServiceClient>();

        var error = await Assert.ThrowsAsync<RpcException>(async () => await statistics.GetSummaryAsync(new GetSummaryRequest()));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(3, _calls);
    }

    [Fact]
    public async Task A_write_is_sent_once()
    {
        await using var services = Registered();
        var ingestion = services.GetRequiredService<IngestionService.IngestionServiceClient>();

        var error = await Assert.ThrowsAsync<RpcException>(async () => await ingestion.SubmitCasesAsync(new SubmitCasesRequest()));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(1, _calls);
    }
}
