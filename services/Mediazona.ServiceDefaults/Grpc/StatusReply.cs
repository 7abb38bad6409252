using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Mediazona.ServiceDefaults.Grpc;

/// <summary>
/// A refusal written by middleware (before any RPC runs), in the caller's protocol: gRPC and gRPC-Web callers get HTTP
/// 200 with grpc-status, grpc-message and grpc-status-details-bin in the headers (a trailers-only response, which every
/// gRPC client reads as the call's status); JSON callers get the HTTP status and the google.rpc.Status as the body,
/// shaped like the services' own transcoded errors.
/// </summary>
public static class StatusReply
{
    static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default
        .WithFormatDefaultValues(true)
        .WithTypeRegistry(TypeRegistry.FromMessages(Google.Rpc.ErrorInfo.Descriptor)));

    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Writes the status; extra response headers (Retry-After, WWW-Authenticate) must be set before.</summary>
    public static async Task WriteAsync(HttpContext context, int httpStatus, StatusCode code, string message, params IMessage[] details)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.AddRange(details.Select(Google.Protobuf.WellKnownTypes.Any.Pack));
        var response = context.Response;
        if (IsGrpc(context.Request))
        {
            response.StatusCode = StatusCodes.Status200OK;
            // gRPC-Web clients expect their own content type back; plain gRPC clients application/grpc.
            response.ContentType = context.Request.ContentType;
            response.Headers["grpc-status"] = ((int)code).ToString(CultureInfo.InvariantCulture);
            response.Headers["grpc-message"] = Uri.EscapeDataString(message);
            if (status.Details.Count > 0)
                response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
            await response.CompleteAsync();
            return;
        }
        response.StatusCode = httpStatus;
        response.ContentType = "application/json";
        await response.WriteAsync(Json.Format(status));
    }
}
