using System.Globalization;
using Grpc.Core;
using Mediazona.ServiceDefaults.Grpc;

namespace Mediazona.Gateway.Security;

/// <summary>
/// A refusal written by the gateway itself, in the caller's protocol (StatusReply: a trailers-only gRPC response, or
/// the HTTP status with a google.rpc.Status body like the services' own errors).
/// </summary>
public sealed record Rejection(int HttpStatus, StatusCode GrpcStatus, string Message, TimeSpan? RetryAfter = null)
{
    public static Rejection MissingCredentials => new(StatusCodes.Status401Unauthorized, StatusCode.Unauthenticated,
        "credentials required: send an API key in x-api-key or Authorization: Bearer");
    public static Rejection InvalidCredentials => new(StatusCodes.Status401Unauthorized, StatusCode.Unauthenticated, "invalid credentials");
    public static Rejection MissingScope(Scopes needed) => new(StatusCodes.Status403Forbidden, StatusCode.PermissionDenied,
        $"this call needs the '{needed.ToString().ToLowerInvariant()}' scope");
    public static Rejection RateLimited(TimeSpan retryAfter) => new(StatusCodes.Status429TooManyRequests, StatusCode.ResourceExhausted,
        "rate limit exceeded", retryAfter);
    public static Rejection TooLarge(long limit) => new(StatusCodes.Status413PayloadTooLarge, StatusCode.ResourceExhausted,
        $"request body larger than {limit} bytes");

    public static bool IsGrpc(HttpRequest request) => StatusReply.IsGrpc(request);

    public Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.Clear();
        if (RetryAfter is { } wait)
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (HttpStatus == StatusCodes.Status401Unauthorized)
            response.Headers.WWWAuthenticate = "Bearer";
        return StatusReply.WriteAsync(context, HttpStatus, GrpcStatus, Message);
    }
}
