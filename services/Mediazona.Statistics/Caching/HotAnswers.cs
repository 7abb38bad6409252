using System.Collections.Concurrent;
using Google.Protobuf;

namespace Mediazona.Statistics.Caching;

/// <summary>
/// Answers kept in process, in front of the Redis tier (<see cref="VersionedCache"/>), keyed by (query, normalised
/// request) within one data version: when the version moves, the whole generation goes at once. A hit costs no I/O.
/// Answers are shared between callers: nobody may change a message it got from here.
/// </summary>
public sealed class HotAnswers(VersionedCache redisTier, int capacity = 4096)
{
    sealed record Generation(long Version)
    {
        public ConcurrentDictionary<string, IMessage> Answers { get; } = new(StringComparer.Ordinal);
    }

    Generation current = new(long.MinValue);

    public async Task<T> GetOrComputeAsync<T>(string query, long version, string canonical, MessageParser<T> parser,
        Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken) where T : class, IMessage<T>
    {
        var generation = At(version);
        var key = query + "\u001f" + canonical;
        if (generation?.Answers.TryGetValue(key, out var hot) == true)
            return (T)hot;
        var answer = await redisTier.GetOrComputeAsync(CacheKeys.For(query, version, canonical), parser, compute, cancellationToken);
        if (generation is not null && generation.Answers.Count < capacity)
            generation.Answers.TryAdd(key, answer);
        return answer;
    }

    /// <summary>The generation of this version (a newer version starts one); null for a version older than the current one.</summary>
    Generation? At(long version)
    {
        while (true)
        {
            var seen = Volatile.Read(ref current);
            if (seen.Version == version)
                return seen;
            if (seen.Version > version)
                return null;
            // Lost or won, look again: another caller may have started a still newer generation meanwhile.
            Interlocked.CompareExchange(ref current, new Generation(version), seen);
        }
    }
}
