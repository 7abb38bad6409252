using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Core;
using Mediazona.Contracts.Statistics.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mediazona.Benchmarks;

/// <summary>
/// The ceiling of a cached read: a bare Kestrel gRPC server (h2c, nothing else) whose GetSummary returns a fixed answer,
/// run as a process of its own (this program with <see cref="ServeFlag"/>) and loaded by the same client as the suite.
/// </summary>
static class BareGrpcBaseline
{
    public const string ServeFlag = "--serve-bare-grpc";

    /// <summary>Starts the server process, loads it like the suite's cached GetSummary, stops it.</summary>
    public static async Task<QueryLoad.Result> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var self = typeof(BareGrpcBaseline).Assembly.Location;
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
            start.ArgumentList.Add(self);
        start.ArgumentList.Add(ServeFlag);
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var server = Process.Start(start) ?? throw new InvalidOperationException("the bare gRPC server did not start");
        try
        {
            await WaitForPortAsync(port, cancellationToken);
            return await QueryLoad.RunAsync("bare Kestrel gRPC unary (fixed GetSummary, own process)", new Uri($"http://127.0.0.1:{port}"),
                cached: true, settings, cancellationToken);
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync(CancellationToken.None);
        }
    }

    /// <summary>The server process: serves until killed.</summary>
    public static async Task ServeAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<FixedSummary>();
        await app.RunAsync();
    }

    sealed class FixedSummary : StatisticsService.StatisticsServiceBase
    {
        static readonly GetSummaryResponse Answer = new() { AsOf = "2023-04-03", Cases = 50_000, Defendants = 55_000, DataVersion = 1 };

        public override Task<GetSummaryResponse> GetSummary(GetSummaryRequest request, ServerCallContext context) => Task.FromResult(Answer);
    }

    static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    static async Task WaitForPortAsync(int port, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        throw new TimeoutException($"the bare gRPC server never listened on {port}");
    }
}
