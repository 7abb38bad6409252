using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;

namespace Mediazona.Cli.Gateway;

/// <summary>gRPC failures as one line for a person: status, detail and the field violations of a google.rpc.BadRequest.</summary>
internal static class RpcFailure
{
    public static string Describe(RpcException error)
    {
        var line = $"{error.StatusCode}: {error.Status.Detail}";
        // A connection failure says why only in the client-side exception ("Connection refused").
        if (error.Status.DebugException is { } cause)
            line += $" ({Innermost(cause).Message})";
        var violations = FieldViolations(error).Select(v => $"{v.Field}: {v.Description}").ToList();
        if (violations.Count > 0)
            line += " (" + string.Join("; ", violations) + ")";
        // Connection errors carry the inner exception's text, line breaks included.
        return string.Join(' ', line.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>Runs a call; a gRPC failure is printed on stderr as one line and gives exit code 1 (never a stack trace).</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> call, TextWriter error)
    {
        try
        {
            return await call();
        }
        catch (RpcException ex)
        {
            await error.WriteLineAsync("mzctl: " + Describe(ex));
            return 1;
        }
    }

    static Exception Innermost(Exception error) => error.InnerException is { } inner ? Innermost(inner) : error;

    static IEnumerable<BadRequest.Types.FieldViolation> FieldViolations(RpcException error)
    {
        if (error.Trailers.GetValueBytes("grpc-status-details-bin") is not { } bytes)
            return [];
        try
        {
            return Google.Rpc.Status.Parser.ParseFrom(bytes).Details
                .Where(d => d.Is(BadRequest.Descriptor))
                .SelectMany(d => d.Unpack<BadRequest>().FieldViolations)
                .ToList();
        }
        catch (InvalidProtocolBufferException)
        {
            // A detail we cannot read must not hide the status itself.
            return [];
        }
    }
}
