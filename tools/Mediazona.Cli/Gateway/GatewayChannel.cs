using Grpc.Net.Client;

namespace Mediazona.Cli.Gateway;

/// <summary>A gRPC channel to the gateway (h2c or TLS, by the URI's scheme) that sends the API key on every call.</summary>
internal static class GatewayChannel
{
    public static GrpcChannel Open(Uri gateway, string apiKey) => GrpcChannel.ForAddress(gateway, new GrpcChannelOptions
    {
        HttpHandler = new ApiKeyHandler(apiKey) { InnerHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true } },
        DisposeHttpClient = true,
        // Card batches can be large; the gateway enforces its own limit.
        MaxSendMessageSize = null,
        MaxReceiveMessageSize = 64 * 1024 * 1024,
    });

    /// <summary>Adds x-api-key as a header (gRPC call credentials would insist on TLS, and the local gateway is h2c).</summary>
    sealed class ApiKeyHandler(string apiKey) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation("x-api-key", apiKey);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
