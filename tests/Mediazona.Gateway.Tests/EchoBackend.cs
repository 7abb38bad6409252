using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Mediazona.Gateway.Tests;

/// <summary>A stand-in service: h2c only, like the real ones; answers /healthz and echoes every other request.</summary>
public sealed class EchoBackend : IAsyncDisposable
{
    readonly WebApplication app;

    EchoBackend(WebApplication app, string name)
    {
        this.app = app;
        Name = name;
    }

    public string Name { get; }

    public Uri Address => new(app.Urls.Single());

    public static async Task<EchoBackend> StartAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        app.Run(async context =>
        {
            if (context.Request.Path == "/healthz")
            {
                await context.Response.WriteAsJsonAsync(new { status = "Healthy" });
                return;
            }
            using var reader = new StreamReader(context.Request.Body);
            await context.Response.WriteAsJsonAsync(new Echo(
                name, context.Request.Method, context.Request.Path, context.Request.QueryString.Value ?? "",
                context.Request.Protocol, await reader.ReadToEndAsync(),
                string.Join(',', context.Request.Headers[Mediazona.ServiceDefaults.Security.InternalCredential.Header].ToArray())));
        });
        await app.StartAsync();
        return new EchoBackend(app, name);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}

/// <summary>What a backend saw.</summary>
/// <param name="Internal">Every value of the internal credential's header that reached the backend, comma-joined.</param>
public sealed record Echo(string Service, string Method, string Path, string Query, string Protocol, string Body, string Internal)
{
    public static async Task<Echo> ReadAsync(HttpResponseMessage response) =>
        JsonSerializer.Deserialize<Echo>(await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException("empty echo");
}
