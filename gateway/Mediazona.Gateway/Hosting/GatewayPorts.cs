using System.Net;
using Mediazona.Gateway.Limits;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Mediazona.Gateway.Hosting;

public static class GatewayPorts
{
    /// <summary>
    /// Ports:Http (HTTP/1.1: JSON, browsers, gRPC-Web; default 8080) and Ports:Grpc (h2c: gRPC; default 8081) on
    /// Ports:Address (default any). Without TLS one port cannot offer both: Kestrel serves Http1AndHttp2 as HTTP/1.1
    /// only. With Tls:CertificatePath (a PFX, Tls:CertificatePassword) Ports:Https (default 8443) serves all three
    /// protocols over TLS with ALPN.
    /// </summary>
    public static WebApplicationBuilder ListenOnGatewayPorts(this WebApplicationBuilder builder, BodyLimitOptions body)
    {
        var configuration = builder.Configuration;
        var address = IPAddress.TryParse(configuration["Ports:Address"], out var parsed) ? parsed : IPAddress.Any;
        var http = configuration.GetValue("Ports:Http", 8080);
        var grpc = configuration.GetValue("Ports:Grpc", 8081);
        var certificate = configuration["Tls:CertificatePath"];
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            KestrelLimits.Apply(kestrel, body);
            kestrel.Listen(address, http, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(address, grpc, listen => listen.Protocols = HttpProtocols.Http2);
            if (!string.IsNullOrWhiteSpace(certificate))
            {
                kestrel.Listen(address, configuration.GetValue("Ports:Https", 8443), listen =>
                {
                    listen.Protocols = HttpProtocols.Http1AndHttp2;
                    listen.UseHttps(certificate, configuration["Tls:CertificatePassword"]);
                });
            }
        });
        return builder;
    }
}
