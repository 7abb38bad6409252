using System.Diagnostics;
using Grpc.Core;

namespace Mediazona.Client;

/// <summary>
/// One client span per call, named the OpenTelemetry way for RPCs (<c>mediazona.statistics.v1.StatisticsService/GetSummary</c>)
/// with the rpc.* attributes; the HTTP/2 request is its child. Add <see cref="ActivitySourceName"/> to the tracer
/// (<c>tracing.AddSource(MediazonaClientTelemetry.ActivitySourceName)</c>).
/// </summary>
public static class MediazonaClientTelemetry
{
    /// <summary>The name of the client's activity source.</summary>
    public const string ActivitySourceName = "Mediazona.Client";

    internal static readonly ActivitySource Source = new(ActivitySourceName, typeof(MediazonaClientTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>The span name of a call: the gRPC path without its leading slash.</summary>
    public static string SpanName(string fullMethodName) => fullMethodName.TrimStart('/');

    internal static Activity? Start(IMethod method)
    {
        var activity = Source.StartActivity(SpanName(method.FullName), ActivityKind.Client);
        if (activity is null)
            return null;
        activity.SetTag("rpc.system", "grpc");
        activity.SetTag("rpc.service", method.ServiceName);
        activity.SetTag("rpc.method", method.Name);
        return activity;
    }

    internal static void End(Activity? activity, StatusCode code)
    {
        if (activity is null)
            return;
        activity.SetTag("rpc.grpc.status_code", (int)code);
        if (code != StatusCode.OK)
            activity.SetStatus(ActivityStatusCode.Error, code.ToString());
        activity.Dispose();
    }
}
