using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Mediazona.ServiceDefaults.Grpc;

/// <summary>A field at fault and why.</summary>
public sealed record FieldViolation(string Field, string Description);

/// <summary>
/// gRPC errors with google.rpc.Status details (grpc-status-details-bin), so that gRPC clients get
/// field violations and JSON clients get them in the transcoded error body.
/// </summary>
public static class RpcErrors
{
    public static RpcException InvalidArgument(string message, params IEnumerable<FieldViolation> violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        return Build(StatusCode.InvalidArgument, message, badRequest);
    }

    public static RpcException NotFound(string message, string resourceType, string resourceName) =>
        Build(StatusCode.NotFound, message, new ResourceInfo { ResourceType = resourceType, ResourceName = resourceName });

    static RpcException Build(StatusCode code, string message, IMessage detail)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message, Details = { Any.Pack(detail) } };
        var trailers = new Metadata { { "grpc-status-details-bin", status.ToByteArray() } };
        return new RpcException(new global::Grpc.Core.Status(code, message), trailers);
    }
}
