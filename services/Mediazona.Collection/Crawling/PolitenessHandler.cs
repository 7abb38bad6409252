using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Mediazona.Collection.Crawling;

/// <summary>
/// The innermost handler of the court sites' HttpClient, so that every attempt (retries included) obeys the
/// <see cref="CourtGates"/>. The factory builds handler chains anew, so the state lives in the singleton gates, not here.
/// </summary>
public sealed class PolitenessHandler(CourtGates gates) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        gates.SendAsync(request, (r, ct) => base.SendAsync(r, ct), cancellationToken);
}

/// <summary>
/// One request at a time per court, a delay with jitter after each answer (longer when the court sent Retry-After), and a
/// global cap on requests in flight across courts.
/// </summary>
public sealed class CourtGates(IOptions<CollectionOptions> options, TimeProvider clock) : IDisposable
{
    readonly ConcurrentDictionary<string, CourtGate> _gates = new(StringComparer.OrdinalIgnoreCase);
    readonly SemaphoreSlim _global = new(Math.Max(1, options.Value.Politeness.GlobalConcurrency));

    sealed class CourtGate : IDisposable
    {
        public readonly SemaphoreSlim Turn = new(1);
        public DateTimeOffset NextAllowed;

        public void Dispose() => Turn.Dispose();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        var politeness = options.Value.Politeness;
        var gate = _gates.GetOrAdd(CourtKey(request.RequestUri!), _ => new CourtGate());
        await gate.Turn.WaitAsync(cancellationToken);
        try
        {
            // Timers run on a coarse tick (a few ms on Linux) and may fire early: wait until the clock says so.
            for (var wait = gate.NextAllowed - clock.GetUtcNow(); wait > TimeSpan.Zero; wait = gate.NextAllowed - clock.GetUtcNow())
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), clock, cancellationToken);
            await _global.WaitAsync(cancellationToken);
            HttpResponseMessage? response = null;
            try
            {
                response = await send(request, cancellationToken);
                // The pause runs from the end of the answer, not from its headers: read the (small) page while holding the turn.
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                return response;
            }
            finally
            {
                _global.Release();
                var pause = politeness.Delay + politeness.Jitter * Random.Shared.NextDouble();
                if (response?.Headers.RetryAfter is { } retryAfter)
                    pause = Max(pause, retryAfter.Delta ?? (retryAfter.Date is { } date ? date - clock.GetUtcNow() : TimeSpan.Zero));
                gate.NextAllowed = clock.GetUtcNow() + pause;
            }
        }
        finally
        {
            gate.Turn.Release();
        }
    }

    /// <summary>A court is its host plus the path up to modules.php: the host on real sites, host/code/ on a fake or proxy.</summary>
    public static string CourtKey(Uri url)
    {
        var path = url.AbsolutePath;
        var slash = path.LastIndexOf('/');
        return url.Authority + path[..(slash + 1)];
    }

    static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    public void Dispose()
    {
        _global.Dispose();
        foreach (var gate in _gates.Values)
            gate.Dispose();
    }
}
