using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.FileProviders;

namespace Mediazona.Gateway.Hosting;

/// <summary>What sits between the caller and the access checks: forwarded headers, CORS, the dashboard's files.</summary>
public static class Edge
{
    public const string CorsPolicy = "dashboards";

    /// <summary>
    /// ForwardedHeaders:KnownProxies (IP list): X-Forwarded-For/Proto are trusted only from these, so nobody else can
    /// pick the client IP that anonymous rate limits key on. Cors:Origins (list): dashboard origins allowed to call.
    /// </summary>
    public static WebApplicationBuilder AddEdge(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; here only what is configured counts.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
                options.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        var origins = builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST")
            .WithHeaders("x-api-key", "authorization", "content-type", "x-grpc-web", "x-user-agent", "grpc-timeout")
            // Browsers hide other response headers from scripts: gRPC-Web clients need these.
            .WithExposedHeaders("grpc-status", "grpc-message", "retry-after")));
        return builder;
    }

    public static WebApplication UseEdge(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseCors(CorsPolicy);
        // Dashboard:Root (default wwwroot beside the binary, where the build puts dashboard/dist): open to all, compressed
        // copies to browsers that accept them.
        var root = app.Configuration["Dashboard:Root"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(root))
        {
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UsePrecompressedFiles(root, files);
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                ContentTypeProvider = new Precompressed.ContentTypes(),
                OnPrepareResponse = file => Secure(file.Context.Response.Headers),
            });
        }
        return app;
    }

    /// <summary>
    /// The dashboard runs only its own bundled script and calls only this origin: an injected script (a court name
    /// crafted on a scraped page, say) could not run or send the reader's stored API key anywhere.
    /// </summary>
    public const string DashboardPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    static void Secure(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = DashboardPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
