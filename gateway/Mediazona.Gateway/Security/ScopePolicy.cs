namespace Mediazona.Gateway.Security;

/// <summary>What a request needs: nothing (open) or a scope.</summary>
public readonly record struct RequiredAccess(bool Open, Scopes Scope)
{
    public static RequiredAccess Anyone => new(true, Scopes.None);
    public static RequiredAccess Needs(Scopes scope) => new(false, scope);
}

/// <summary>
/// Which scope each route needs. Pure: JSON routes by verb and path (templates such as
/// /api/v1/cases/{case_id}:annotate work too), gRPC methods by full name through <see cref="GrpcMethodScopes"/>.
/// Anything not listed needs admin: closed by default.
/// </summary>
public static class ScopePolicy
{
    /// <summary>Health, the API reference: readable by anyone (static dashboard files never reach the policy).</summary>
    public static readonly IReadOnlySet<string> OpenPaths = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "/healthz", "/alive", "/openapi.json",
    };

    public static RequiredAccess For(string method, string path, GrpcMethodScopes grpc)
    {
        if (OpenPaths.Contains(path))
            return RequiredAccess.Anyone;
        if (grpc.TryFind(path, out var scope))
            return RequiredAccess.Needs(scope);
        return RequiredAccess.Needs(ForJson(method, path));
    }

    public static Scopes ForJson(string method, string path)
    {
        var get = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        var post = HttpMethods.IsPost(method);
        if (Under(path, "/api/v1/admin") || Under(path, "/api/v1/quarantine"))
            return Scopes.Admin;
        if (post && (Is(path, "/api/v1/cases:submit") || Is(path, "/api/v1/cards:import")
            || (Under(path, "/api/v1/cases") && path.EndsWith(":annotate", StringComparison.OrdinalIgnoreCase))))
            return Scopes.Ingest;
        // Classify only previews: it changes nothing.
        if (post && Is(path, "/api/v1/classify"))
            return Scopes.Read;
        if (get && (Under(path, "/api/v1/stats") || Under(path, "/api/v1/cases") || Is(path, "/api/v1/cases:lookup") || Is(path, "/api/v1/rules")))
            return Scopes.Read;
        return Scopes.Admin;
    }

    static bool Is(string path, string expected) => string.Equals(path, expected, StringComparison.OrdinalIgnoreCase);

    static bool Under(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && (path.Length == prefix.Length || path[prefix.Length] == '/');
}
