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
    public static GrpcChannel Channel(Uri gateway, string? key = Admin) => GrpcChannel.ForAddress(gateway, new GrpcChannelOptions
    {
        HttpHandler = new ApiKeyHandler(key) { InnerHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true } },
        DisposeHttpClient = true,
    });

    /// <summary>Adds x-api-key to each request (gRPC call credentials would insist on TLS).</summary>
    sealed class ApiKeyHandler(string? key) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (key is not null)
                request.Headers.TryAddWithoutValidation("x-api-key", key);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
