namespace Mediazona.Statistics.Releases;

/// <summary>
/// At most one release export at a time in this process: an export holds the whole release in memory (about 2.7 GB
/// at a million cases, docs/releases.md), so a second one waits its turn on the client's side (UNAVAILABLE with a
/// retry delay, or HTTP 503 with Retry-After) instead of doubling the peak.
/// </summary>
public sealed class ExportGate
{
    /// <summary>What a refused caller is told to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    int busy;

    /// <summary>The process's gate (one per process is the point).</summary>
    public static ExportGate Shared { get; } = new();

    /// <summary>A lease to dispose when the export is done, or null when another export runs.</summary>
    public IDisposable? TryEnter() => Interlocked.CompareExchange(ref busy, 1, 0) == 0 ? new Lease(this) : null;

    sealed class Lease(ExportGate gate) : IDisposable
    {
        int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
                Volatile.Write(ref gate.busy, 0);
        }
    }
}
