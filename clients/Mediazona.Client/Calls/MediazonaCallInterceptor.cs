using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Mediazona.Client;

/// <summary>
/// On every call: the API key header, the default deadline of the call's kind when the caller set none, a span,
/// and a <see cref="MediazonaAccessDeniedException"/> when the gateway refuses the caller.
/// </summary>
sealed class MediazonaCallInterceptor(MediazonaClientOptions options) : Interceptor
{
    public const string ApiKeyHeader = "x-api-key";

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        BlockingUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var prepared = Prepare(context);
        return CallObserver.Start(context.Method, observer =>
        {
            try
            {
                var response = continuation(request, prepared);
                observer.End(StatusCode.OK);
                return response;
            }
            catch (RpcException error) when (observer.Failed(error) is { } clear)
            {
                throw clear;
            }
        });
    }

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var prepared = Prepare(context);
        return CallObserver.Start(context.Method, observer =>
        {
            var call = continuation(request, prepared);
            return new AsyncUnaryCall<TResponse>(observer.Observe(call.ResponseAsync), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers,
                () => Dispose(call, observer));
        });
    }

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation)
    {
        var prepared = Prepare(context);
        return CallObserver.Start(context.Method, observer =>
        {
            var call = continuation(prepared);
            return new AsyncClientStreamingCall<TRequest, TResponse>(call.RequestStream, observer.Observe(call.ResponseAsync), call.ResponseHeadersAsync,
                call.GetStatus, call.GetTrailers, () => Dispose(call, observer));
        });
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation)
    {
        var prepared = Prepare(context);
        return CallObserver.Start(context.Method, observer =>
        {
            var call = continuation(request, prepared);
            return new AsyncServerStreamingCall<TResponse>(observer.Observe(call.ResponseStream), call.ResponseHeadersAsync, call.GetStatus,
                call.GetTrailers, () => Dispose(call, observer));
        });
    }

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, AsyncDuplexStreamingCallContinuation<TRequest, TResponse> continuation)
    {
        var prepared = Prepare(context);
        return CallObserver.Start(context.Method, observer =>
        {
            var call = continuation(prepared);
            return new AsyncDuplexStreamingCall<TRequest, TResponse>(call.RequestStream, observer.Observe(call.ResponseStream),
                call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, () => Dispose(call, observer));
        });
    }

    /// <summary>A call dropped before its end (a watch cancelled by its reader) closes its span as cancelled.</summary>
    static void Dispose(IDisposable call, CallObserver observer)
    {
        call.Dispose();
        observer.End(StatusCode.Cancelled);
    }

    ClientInterceptorContext<TRequest, TResponse> Prepare<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context)
        where TRequest : class where TResponse : class
    {
        var callOptions = context.Options;
        if (options.ApiKey is { } key && callOptions.Headers?.Get(ApiKeyHeader) is null)
        {
            var headers = new Metadata();
            foreach (var entry in callOptions.Headers ?? [])
                headers.Add(entry);
            headers.Add(ApiKeyHeader, key);
            callOptions = callOptions.WithHeaders(headers);
        }
        if (callOptions.Deadline is null && CallPolicies.TimeoutOf(CallCatalog.KindOf(context.Method.FullName), options) is { } timeout)
            callOptions = callOptions.WithDeadline(DateTime.UtcNow + timeout);
        return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, callOptions);
    }
}
