using System.Diagnostics;
using Grpc.Core;

namespace Mediazona.Client;

/// <summary>Follows one call to its end: closes its span once with the final status and turns a refusal into a clear exception.</summary>
sealed class CallObserver
{
    readonly Activity? _activity;
    readonly string _method;
    int _ended;

    CallObserver(Activity? activity, string method) => (_activity, _method) = (activity, method);

    /// <summary>Starts the call's span and runs <paramref name="start"/> under it, leaving the caller's current activity as it was.</summary>
    public static T Start<T>(IMethod method, Func<CallObserver, T> start)
    {
        var previous = Activity.Current;
        try
        {
            return start(new CallObserver(MediazonaClientTelemetry.Start(method), method.FullName));
        }
        finally
        {
            Activity.Current = previous;
        }
    }

    public void End(StatusCode code)
    {
        if (Interlocked.Exchange(ref _ended, 1) == 0)
            MediazonaClientTelemetry.End(_activity, code);
    }

    /// <summary>Ends the span with the failure's status; the exception to throw instead, or null to rethrow the original.</summary>
    public Exception? Failed(RpcException error)
    {
        End(error.StatusCode);
        return MediazonaAccessDeniedException.IsRefusal(error.StatusCode) ? new MediazonaAccessDeniedException(error, _method) : null;
    }

    public async Task<T> Observe<T>(Task<T> response)
    {
        try
        {
            var value = await response.ConfigureAwait(false);
            End(StatusCode.OK);
            return value;
        }
        catch (RpcException error) when (Failed(error) is { } clear)
        {
            throw clear;
        }
    }

    public IAsyncStreamReader<T> Observe<T>(IAsyncStreamReader<T> stream) => new ObservedStream<T>(stream, this);

    sealed class ObservedStream<T>(IAsyncStreamReader<T> inner, CallObserver observer) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            try
            {
                var more = await inner.MoveNext(cancellationToken).ConfigureAwait(false);
                if (!more)
                    observer.End(StatusCode.OK);
                return more;
            }
            catch (RpcException error) when (observer.Failed(error) is { } clear)
            {
                throw clear;
            }
        }
    }
}
