using Mediazona.Statistics.Queries;

namespace Mediazona.Statistics.DataVersion;

/// <summary>
/// The projection's data version as this replica knows it. While <see cref="DataVersionListener"/> listens, every new
/// version is pushed here when its transaction commits (and this replica's own writer reports its versions at once),
/// so reading it costs no I/O. While nobody listens (start-up, a lost listener connection, a host without the
/// listener) each read asks PostgreSQL, as before: an answer is never keyed by a version that may be stale.
/// </summary>
public sealed class DataVersionSource(DataVersionQuery query)
{
    long version = long.MinValue;
    volatile bool listening;

    /// <summary>True while pushed versions are trusted (the listener is connected).</summary>
    public bool Listening => listening;

    public ValueTask<long> CurrentAsync(CancellationToken cancellationToken) =>
        listening ? ValueTask.FromResult(Interlocked.Read(ref version)) : new ValueTask<long>(ReadAsync(cancellationToken));

    async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        var read = await query.ReadAsync(cancellationToken);
        Observe(read);
        return Math.Max(read, Interlocked.Read(ref version));
    }

    /// <summary>A version seen committed (a notification, this replica's writer, a read): versions only move forward.</summary>
    public void Observe(long seen)
    {
        var known = Interlocked.Read(ref version);
        while (seen > known)
        {
            var before = Interlocked.CompareExchange(ref version, seen, known);
            if (before == known)
                return;
            known = before;
        }
    }

    /// <summary>The listener is connected and read <paramref name="current"/> after it started listening: pushed versions are complete from now on.</summary>
    public void StartedListening(long current)
    {
        Observe(current);
        listening = true;
    }

    /// <summary>The listener lost its connection: notifications may be missed, so reads go to PostgreSQL until it is back.</summary>
    public void StoppedListening() => listening = false;
}
