using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Mediazona.Gateway.Hosting;

/// <summary>
/// The dashboard's files as its build compressed them (name.br, name.gz beside name): a browser that accepts the
/// encoding gets that copy (64 kB of script instead of 214 kB), and nothing is compressed per request.
/// </summary>
public static class Precompressed
{
    static readonly (string Encoding, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>Before UseStaticFiles: points the request at the compressed copy the caller accepts, if there is one.</summary>
    public static IApplicationBuilder UsePrecompressedFiles(this IApplicationBuilder app, IFileProvider files) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || request.Path.Value is not { } path)
                return next(context);
            if (Encodings.Any(e => path.EndsWith(e.Suffix, StringComparison.OrdinalIgnoreCase)))
            {
                // The copies are not files of their own: served directly they would lack their Content-Encoding.
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            var copies = Encodings.Where(e => files.GetFileInfo(path + e.Suffix).Exists).ToList();
            if (copies.Count == 0)
                return next(context);
            context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            var accepted = request.GetTypedHeaders().AcceptEncoding;
            foreach (var (encoding, suffix) in copies)
            {
                if (accepted.Any(a => string.Equals(a.Value.Value, encoding, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0))
                {
                    request.Path = path + suffix;
                    context.Response.Headers.ContentEncoding = encoding;
                    break;
                }
            }
            return next(context);
        });

    /// <summary>Content types by the name without the compression suffix: dashboard.js.br is JavaScript.</summary>
    public sealed class ContentTypes : IContentTypeProvider
    {
        readonly FileExtensionContentTypeProvider _names = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, suffix) in Encodings)
            {
                if (subpath.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                    return _names.TryGetContentType(subpath[..^suffix.Length], out contentType!);
            }
            return _names.TryGetContentType(subpath, out contentType!);
        }
    }
}
