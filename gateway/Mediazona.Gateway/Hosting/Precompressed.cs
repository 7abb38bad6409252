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

    /// <summary>
    /// Before UseStaticFiles: points the request at the compressed copy the caller accepts, if there is one. Which files
    /// have copies is read from the root once, so that the API's requests, which pass here too, cost a lookup and no
    /// file system call; a listed copy is still checked before use (a dashboard rebuilt in --watch mode has none).
    /// </summary>
    public static IApplicationBuilder UsePrecompressedFiles(this IApplicationBuilder app, string root, IFileProvider files)
    {
        var copies = CopiesIn(root);
        return app.Use((context, next) =>
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
            if (!copies.TryGetValue(path, out var encodings))
                return next(context);
            context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            var accepted = request.GetTypedHeaders().AcceptEncoding;
            foreach (var (encoding, suffix) in encodings)
            {
                if (accepted.Any(a => string.Equals(a.Value.Value, encoding, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0)
                    && files.GetFileInfo(path + suffix).Exists)
                {
                    request.Path = path + suffix;
                    context.Response.Headers.ContentEncoding = encoding;
                    break;
                }
            }
            return next(context);
        });
    }

    /// <summary>Request path of each file that has compressed copies ("/dashboard.js") → its encodings, Brotli first.</summary>
    static Dictionary<string, (string Encoding, string Suffix)[]> CopiesIn(string root)
    {
        var paths = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => "/" + Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
        return paths
            .Select(path => (Path: path, Encodings: Encodings.Where(e => paths.Contains(path + e.Suffix)).ToArray()))
            .Where(file => file.Encodings.Length > 0)
            .ToDictionary(file => file.Path, file => file.Encodings, StringComparer.Ordinal);
    }

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
