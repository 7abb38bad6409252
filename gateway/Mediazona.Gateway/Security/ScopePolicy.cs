namespace Mediazona.Gateway.Security;

/// <summary>What a request needs: nothing (open) or a scope; AnonymousAllowed: a caller without credentials may too.</summary>
public readonly record struct RequiredAccess(bool Open, Scopes Scope, bool AnonymousAllowed = false)
{
    public static RequiredAccess Anyone => new(true, Scopes.None);
    public static RequiredAccess Needs(Scopes scope) => new(false, scope);
    /// <summary>Read scope for callers with credentials (their key is still checked); none needed without.</summary>
    public static RequiredAccess ReadOrAnonymous => new(false, Scopes.Read, AnonymousAllowed: true);
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

    /// <param name="anonymousStats">Auth:AnonymousStats: the JSON statistics reads (GET /api/v1/stats/**) need no credentials.</param>
    public static RequiredAccess For(string method, string path, GrpcMethodScopes grpc, bool anonymousStats = false)
    {
        if (OpenPaths.Contains(path))
            return RequiredAccess.Anyone;
        if (grpc.TryFind(path, out var scope))
            return RequiredAccess.Needs(scope);
        if (anonymousStats && IsStatsRead(method, path))
            return RequiredAccess.ReadOrAnonymous;
        return RequiredAccess.Needs(ForJson(method, path));
    }

    /// <summary>A read of the aggregate figures (their case table and receipts), of the court list or of the courts' health: what a public dashboard shows.</summary>
    public static bool IsStatsRead(string method, string path) =>
        (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) && (Under(path, "/api/v1/stats") || Under(path, "/api/v1/receipts") || Under(path, "/api/v1/courts"));

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
        if (get && (Under(path, "/api/v1/stats") || Under(path, "/api/v1/receipts") || Under(path, "/api/v1/cases") || Is(path, "/api/v1/cases:lookup") || Is(path, "/api/v1/rules")
            || Under(path, "/api/v1/courts")))
            return Scopes.Read;
        return Scopes.Admin;
    }

    static bool Is(string path, string expected) => string.Equals(path, expected, StringComparison.OrdinalIgnoreCase);

    static bool Under(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && (path.Length == prefix.Length || path[prefix.Length] == '/');
}
