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

    /// <summary>The call is sound but the system is not in a state for it (e.g. a court that shows no captcha to answer).</summary>
    public static RpcException FailedPrecondition(string message, string type, string subject, string description) =>
        Build(StatusCode.FailedPrecondition, message, new PreconditionFailure { Violations = { new PreconditionFailure.Types.Violation { Type = type, Subject = subject, Description = description } } });

    /// <summary>Something the call depends on (a court's site) did not answer; retry later, after the given pause.</summary>
    public static RpcException Unavailable(string message, TimeSpan retryAfter) =>
        Build(StatusCode.Unavailable, message, new RetryInfo { RetryDelay = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(retryAfter) });

    static RpcException Build(StatusCode code, string message, IMessage detail)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message, Details = { Any.Pack(detail) } };
        var trailers = new Metadata { { "grpc-status-details-bin", status.ToByteArray() } };
        return new RpcException(new global::Grpc.Core.Status(code, message), trailers);
    }
}
