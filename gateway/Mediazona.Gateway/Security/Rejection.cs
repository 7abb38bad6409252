using System.Globalization;
using System.Text.Json;
using Grpc.Core;

namespace Mediazona.Gateway.Security;

/// <summary>
/// A refusal written by the gateway itself, in the caller's protocol: gRPC and gRPC-Web callers get HTTP 200 with
/// grpc-status in the headers (a trailers-only response, which every gRPC client reads as the call's status);
/// JSON callers get the HTTP status and a google.rpc.Status-shaped body like the services' own errors.
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

    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    public async Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.Clear();
        if (RetryAfter is { } wait)
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (HttpStatus == StatusCodes.Status401Unauthorized)
            response.Headers.WWWAuthenticate = "Bearer";
        if (IsGrpc(context.Request))
        {
            response.StatusCode = StatusCodes.Status200OK;
            // gRPC-Web clients expect their own content type back; plain gRPC clients application/grpc.
            response.ContentType = context.Request.ContentType;
            response.Headers["grpc-status"] = ((int)GrpcStatus).ToString(CultureInfo.InvariantCulture);
            response.Headers["grpc-message"] = Uri.EscapeDataString(Message);
            await response.CompleteAsync();
            return;
        }
        response.StatusCode = HttpStatus;
        response.ContentType = "application/json";
        await response.WriteAsync(JsonSerializer.Serialize(new { code = (int)GrpcStatus, message = Message, details = Array.Empty<object>() }));
    }
}
