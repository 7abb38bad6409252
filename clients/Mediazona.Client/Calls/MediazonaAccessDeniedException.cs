using Grpc.Core;

namespace Mediazona.Client;

/// <summary>
/// The gateway refused the caller: no API key, an unknown one (UNAUTHENTICATED) or one without the scope the
/// call needs (PERMISSION_DENIED). Still an <see cref="RpcException"/> with the gateway's status; the message says
/// what to check and never contains the key.
/// </summary>
public sealed class MediazonaAccessDeniedException : RpcException
{
    /// <summary>Wraps the gateway's refusal of <paramref name="method"/>.</summary>
    public MediazonaAccessDeniedException(RpcException refusal, string method)
        : base(refusal.Status, refusal.Trailers, Explain(refusal.StatusCode, method, refusal.Status.Detail)) => Method = method;

    /// <summary>The refused method's gRPC path.</summary>
    public string Method { get; }

    /// <summary>Whether a status means the caller was refused.</summary>
    public static bool IsRefusal(StatusCode code) => code is StatusCode.Unauthenticated or StatusCode.PermissionDenied;

    static string Explain(StatusCode code, string method, string detail) => code == StatusCode.PermissionDenied
        ? $"The suite refused {method}: the API key lacks the scope this call needs ({detail}). Use a key with that scope (MediazonaClientOptions.ApiKey)."
        : $"The suite refused {method}: no API key or an unknown one ({detail}). Check MediazonaClientOptions.ApiKey.";
}
