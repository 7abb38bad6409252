namespace Mediazona.Client;

/// <summary>
/// Several statistics calls that must describe the same data: each answer carries the projection's data version, and
/// the answers behind the newest one are read again until all carry one version (a page that shows a summary next to
/// a monthly chart never mixes two states of the data).
/// </summary>
public static class ConsistentRead
{
    /// <summary>How many rounds of reads before giving up, the first included.</summary>
    public const int DefaultMaxAttempts = 5;

    /// <summary>Two answers of one data version.</summary>
    public static async Task<(T1, T2)> ReadAsync<T1, T2>(Func<CancellationToken, Task<T1>> first, Func<CancellationToken, Task<T2>> second,
        int maxAttempts = DefaultMaxAttempts, CancellationToken cancellationToken = default)
        where T1 : IDataVersioned where T2 : IDataVersioned
    {
        var answers = await ReadAsync([Erase(first), Erase(second)], maxAttempts, cancellationToken).ConfigureAwait(false);
        return ((T1)answers[0], (T2)answers[1]);
    }

    /// <summary>Three answers of one data version.</summary>
    public static async Task<(T1, T2, T3)> ReadAsync<T1, T2, T3>(Func<CancellationToken, Task<T1>> first, Func<CancellationToken, Task<T2>> second,
        Func<CancellationToken, Task<T3>> third, int maxAttempts = DefaultMaxAttempts, CancellationToken cancellationToken = default)
        where T1 : IDataVersioned where T2 : IDataVersioned where T3 : IDataVersioned
    {
        var answers = await ReadAsync([Erase(first), Erase(second), Erase(third)], maxAttempts, cancellationToken).ConfigureAwait(false);
        return ((T1)answers[0], (T2)answers[1], (T3)answers[2]);
    }

    /// <summary>Any number of answers of one data version, in the order of <paramref name="reads"/>.</summary>
    /// <exception cref="InconsistentReadException">The versions still differed after <paramref name="maxAttempts"/> rounds.</exception>
    public static async Task<IReadOnlyList<IDataVersioned>> ReadAsync(IReadOnlyList<Func<CancellationToken, Task<IDataVersioned>>> reads,
        int maxAttempts = DefaultMaxAttempts, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        var answers = new IDataVersioned[reads.Count];
        IReadOnlyList<int> due = Enumerable.Range(0, reads.Count).ToArray();
        for (var attempt = 1; ; attempt++)
        {
            var fresh = await Task.WhenAll(due.Select(i => reads[i](cancellationToken))).ConfigureAwait(false);
            for (var k = 0; k < due.Count; k++)
                answers[due[k]] = fresh[k];
            due = Behind(answers.Select(a => a.DataVersion).ToArray());
            if (due.Count == 0)
                return answers;
            if (attempt == maxAttempts)
                throw new InconsistentReadException(answers.Select(a => a.DataVersion).ToArray(), attempt);
            await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The positions of the answers older than the newest one: those to read again (none when all agree).</summary>
    public static IReadOnlyList<int> Behind(IReadOnlyList<long> versions)
    {
        if (versions.Count == 0)
            return [];
        var newest = versions.Max();
        return Enumerable.Range(0, versions.Count).Where(i => versions[i] != newest).ToArray();
    }

    static Func<CancellationToken, Task<IDataVersioned>> Erase<T>(Func<CancellationToken, Task<T>> read) where T : IDataVersioned =>
        async cancellationToken => await read(cancellationToken).ConfigureAwait(false);
}

/// <summary>The data moved under every round of reads: the answers never all carried one version.</summary>
public sealed class InconsistentReadException(IReadOnlyList<long> versions, int attempts)
    : Exception($"The statistics answers carried different data versions ({string.Join(", ", versions)}) after {attempts} rounds of reads.")
{
    /// <summary>The versions of the last round, in the order of the reads.</summary>
    public IReadOnlyList<long> Versions { get; } = versions;
}
