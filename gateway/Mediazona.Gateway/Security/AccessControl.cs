using System.Security.Claims;
using Mediazona.Gateway.Limits;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Mediazona.Gateway.Security;

/// <summary>Who is calling (API key or JWT), may they (scope), and how often (rate limit). Runs before every route.</summary>
public sealed class AccessControl(RequestDelegate next, ApiKeys keys, GrpcMethodScopes grpc, RateLimits limits,
    RateLimitOptions rates, JwtSettings jwt, AnonymousAccess anonymous, ILogger<AccessControl> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var rejection = await CheckAsync(context);
        if (rejection is null)
        {
            await next(context);
            return;
        }
        // The caller's key name at most, never the key.
        logger.LogInformation("Refused {Method} {Path}: {Status} {Reason}", context.Request.Method, context.Request.Path, rejection.HttpStatus, rejection.Message);
        await rejection.WriteAsync(context);
    }

    async Task<Rejection?> CheckAsync(HttpContext context)
    {
        var request = context.Request;
        var access = ScopePolicy.For(request.Method, request.Path.Value ?? "/", grpc, anonymous.Stats);
        // A caller who presents credentials is checked even where none are needed: a wrong key is an error to see.
        if (access.Open || (access.AnonymousAllowed && Credentials.Presented(request) is null))
            return Limit($"ip:{context.Connection.RemoteIpAddress}", rates.Anonymous);

        var caller = await IdentifyAsync(context);
        if (caller is null)
            return Credentials.Presented(request) is null ? Rejection.MissingCredentials : Rejection.InvalidCredentials;
        if (!caller.Value.Scopes.Grants(access.Scope))
            return Rejection.MissingScope(access.Scope);
        context.Items[CallerKey] = caller.Value.Name;
        return Limit(caller.Value.Name, caller.Value.Bucket);
    }

    Rejection? Limit(string partition, BucketOptions bucket) =>
        limits.TryAcquire(partition, bucket) is { } wait ? Rejection.RateLimited(wait) : null;

    async Task<(string Name, Scopes Scopes, BucketOptions Bucket)?> IdentifyAsync(HttpContext context)
    {
        if (Credentials.Presented(context.Request) is not { } presented)
            return null;
        if (keys.Find(presented) is { } key)
            return ($"key:{key.Name}", key.Scopes, key.PermitsPerSecond is { } own ? BucketOptions.Of(own) : rates.PerKey);
        if (!jwt.Enabled || !Credentials.LooksLikeJwt(presented))
            return null;
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded)
            return null;
        var principal = result.Principal;
        context.User = principal;
        var scopes = ScopeNames.FromClaim(principal.FindAll("scope").Concat(principal.FindAll("scp")).Select(c => c.Value));
        var subject = principal.FindFirstValue("sub") ?? principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
        return ($"jwt:{subject}", scopes, rates.PerKey);
    }

    /// <summary>HttpContext.Items key holding the caller's partition name (e.g. "key:dashboard") for logs.</summary>
    public const string CallerKey = "mz.caller";
}

/// <summary>Where a caller puts its key.</summary>
public static class Credentials
{
    public static string? Presented(HttpRequest request)
    {
        if (request.Headers["x-api-key"].ToString() is { Length: > 0 } key)
            return key.Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization[7..].Trim() is { Length: > 0 } bearer
            ? bearer
            : null;
    }

    /// <summary>Three base64url parts: only such a token is worth a JWT validation.</summary>
    public static bool LooksLikeJwt(string token) => token.Count(c => c == '.') == 2;
}

/// <summary>
/// Auth:AnonymousStats (default false): GET /api/v1/stats/** without credentials, limited per client IP like the open
/// endpoints, so that a public dashboard needs no key in the browser. Off unless an operator turns it on.
/// </summary>
public sealed record AnonymousAccess(bool Stats)
{
    public static AnonymousAccess FromConfiguration(IConfiguration configuration) =>
        new(configuration.GetValue("Auth:AnonymousStats", false));
}

/// <summary>Auth:Jwt:Authority and Auth:Jwt:Audience; JWT bearer validation is on only when Authority is set.</summary>
public sealed record JwtSettings(string? Authority, string? Audience)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    public static JwtSettings FromConfiguration(IConfiguration configuration) =>
        new(configuration["Auth:Jwt:Authority"], configuration["Auth:Jwt:Audience"]);
}
