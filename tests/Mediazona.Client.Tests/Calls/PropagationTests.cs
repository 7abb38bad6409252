using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Mediazona.Contracts.Statistics.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Mediazona.Client.Tests.Calls;

/// <summary>
/// A gRPC service of its own (Relay/Forward) that calls the suite through the registered client: the incoming call's deadline
/// flows into the outgoing one; without one, the outgoing call gets the default query deadline. A stand-in for the
/// suite's GetSummary on the same server records the grpc-timeout it was sent.
/// </summary>
public sealed class PropagationTests : IAsyncLifetime
{
    WebApplication _server = null!;
    GrpcChannel _channel = null!;
    string? _sentTimeout;

    public async Task InitializeAsync()
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, address.Port, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddMediazonaClient(o => o.Address = address);
        _server = builder.Build();
        _server.MapGrpcService<RelayService>();
        _server.MapPost("/mediazona.statistics.v1.StatisticsService/GetSummary", async (HttpContext http) =>
        {
            _sentTimeout = http.Request.Headers["grpc-timeout"];
            await Answer(http, new GetSummaryResponse { DataVersion = 7 });
        });
        await _server.StartAsync();
        _channel = GrpcChannel.ForAddress(address);
    }

    public async Task DisposeAsync()
    {
        _channel.Dispose();
        await _server.DisposeAsync();
    }

    Task<GetSummaryResponse> Relay(DateTime? deadline) =>
        _channel.CreateCallInvoker().AsyncUnaryCall(RelayService.Method, null, new CallOptions(deadline: deadline), new GetSummaryRequest()).ResponseAsync;

    [Fact]
    public async Task The_incoming_call_s_deadline_flows_into_the_call_to_the_suite()
    {
        var answer = await Relay(DateTime.UtcNow.AddSeconds(3));

        Assert.Equal(7, answer.DataVersion);
        Assert.InRange(GrpcTimeout(_sentTimeout), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Without_an_incoming_deadline_the_call_gets_the_default_query_deadline()
    {
        await Relay(deadline: null);

        Assert.InRange(GrpcTimeout(_sentTimeout), TimeSpan.FromSeconds(25), new MediazonaClientOptions().QueryTimeout!.Value);
    }

    /// <summary>The grpc-timeout header: an integer and a unit (H, M, S, m, u, n).</summary>
    static TimeSpan GrpcTimeout(string? header)
    {
        Assert.False(string.IsNullOrEmpty(header), "no grpc-timeout was sent");
        var value = long.Parse(header[..^1]);
        return header[^1] switch
        {
            'H' => TimeSpan.FromHours(value),
            'M' => TimeSpan.FromMinutes(value),
            'S' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMilliseconds(value),
            'u' => TimeSpan.FromMicroseconds(value),
            _ => TimeSpan.FromTicks(value / 100),
        };
    }

    /// <summary>A unary gRPC answer by hand: one length-prefixed message, then grpc-status 0 in the trailers.</summary>
    static async Task Answer(HttpContext http, IMessage message)
    {
        var body = message.ToByteArray();
        var frame = new byte[5 + body.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), body.Length);
        body.CopyTo(frame, 5);
        http.Response.ContentType = "application/grpc";
        http.Response.AppendTrailer("grpc-status", "0");
        await http.Response.Body.WriteAsync(frame);
    }

    static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}

/// <summary>
/// A service of an app that calls the suite while answering its own callers. Grpc.AspNetCore binds a handler only
/// when it is virtual on the type BindService names, as generated service bases are: hence not sealed.
/// </summary>
[BindServiceMethod(typeof(RelayService), nameof(BindService))]
public class RelayService(StatisticsService.StatisticsServiceClient statistics)
{
    public static readonly Method<GetSummaryRequest, GetSummaryResponse> Method = new(MethodType.Unary, "test.Relay", nameof(Forward),
        Marshallers.Create(m => m.ToByteArray(), GetSummaryRequest.Parser.ParseFrom),
        Marshallers.Create(m => m.ToByteArray(), GetSummaryResponse.Parser.ParseFrom));

    public static void BindService(ServiceBinderBase binder, RelayService? service) =>
        binder.AddMethod(Method, service is null ? null : service.Forward);

    public virtual async Task<GetSummaryResponse> Forward(GetSummaryRequest request, ServerCallContext context) =>
        await statistics.GetSummaryAsync(request);
}
