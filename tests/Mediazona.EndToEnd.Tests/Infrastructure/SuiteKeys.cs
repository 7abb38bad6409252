using System.Security.Cryptography;
using System.Text;
using Grpc.Net.Client;

namespace Mediazona.EndToEnd.Tests.Infrastructure;

/// <summary>The API keys the suite's gateway accepts in these tests, and clients that send them.</summary>
public static class SuiteKeys
{
    /// <summary>Passed as Auth__AdminKey, like deploy/local/up.sh does with MZ_API_KEY.</summary>
    public const string Admin = "e2e-admin-key";
    /// <summary>Configured by hash with the read scope only.</summary>
    public const string Reader = "e2e-reader-key";
    /// <summary>Configured by hash with the ingest scope only.</summary>
    public const string Feeder = "e2e-feeder-key";
    /// <summary>Read scope, one request a minute: for the rate limit tests only.</summary>
    public const string Limited = "e2e-limited-key";

    /// <summary>Auth__Keys__&lt;name&gt;__Sha256/Scopes environment entries, as a Kubernetes Secret would give them.</summary>
    public static Dictionary<string, string> GatewayEnvironment() => new()
    {
        ["Auth__AdminKey"] = Admin,
        ["Auth__Keys__reader__Sha256"] = Sha256(Reader),
        ["Auth__Keys__reader__Scopes"] = "read",
        ["Auth__Keys__feeder__Sha256"] = Sha256(Feeder),
        ["Auth__Keys__feeder__Scopes"] = "ingest",
        ["Auth__Keys__limited__Sha256"] = Sha256(Limited),
        ["Auth__Keys__limited__Scopes"] = "read",
        ["Auth__Keys__limited__PermitsPerSecond"] = "0.0166",
    };

    public static string Sha256(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A gRPC channel to the gateway's h2c port that sends the key (x-api-key) on every call; no key when null.</summary>
    public static GrpcChannel Channel(Uri gateway, string? key = Admin) => ChannelWith(gateway, "x-api-key", key);

    /// <summary>A gRPC channel straight to a service's h2c port, sending the internal credential when given one.</summary>
    public static GrpcChannel DirectChannel(Uri service, string? internalSecret) =>
        ChannelWith(service, Mediazona.ServiceDefaults.Security.InternalCredential.Header, internalSecret);

    static GrpcChannel ChannelWith(Uri address, string header, string? value) => GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        HttpHandler = new HeaderHandler(header, value) { InnerHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true } },
        DisposeHttpClient = true,
    });

    /// <summary>Adds one header to each request (gRPC call credentials would insist on TLS).</summary>
    sealed class HeaderHandler(string name, string? value) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (value is not null)
                request.Headers.TryAddWithoutValidation(name, value);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
