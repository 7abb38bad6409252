using System.Net;
using Mediazona.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Mediazona.Gateway.Hosting;

public static class GatewayPorts
{
    /// <summary>
    /// Ports:Http (HTTP/1.1: JSON, browsers; default 8080) and Ports:Grpc (h2c: gRPC; default 8081) on Ports:Address
    /// (default any). Without TLS one port cannot offer both: Kestrel serves Http1AndHttp2 as HTTP/1.1 only.
    /// </summary>
    public static WebApplicationBuilder ListenOnGatewayPorts(this WebApplicationBuilder builder)
    {
        var address = IPAddress.TryParse(builder.Configuration["Ports:Address"], out var parsed) ? parsed : IPAddress.Any;
        var http = builder.Configuration.GetValue("Ports:Http", 8080);
        var grpc = builder.Configuration.GetValue("Ports:Grpc", 8081);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Bulk imports pass through: accept what the services accept.
            kestrel.Limits.MaxRequestBodySize = ServiceDefaultsExtensions.MaxMessageBytes;
            kestrel.Listen(address, http, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(address, grpc, listen => listen.Protocols = HttpProtocols.Http2);
        });
        return builder;
    }
}
