using System.Collections.Concurrent;

namespace Mediazona.Benchmarks.Soak;

/// <summary>Errors by what failed, each with its first message: every one of them fails the soak.</summary>
sealed class ErrorCounter
{
    readonly ConcurrentDictionary<string, (int Count, string First)> _errors = new();

    public void Add(string what, string message) =>
        _errors.AddOrUpdate(what, _ => (1, message), (_, e) => (e.Count + 1, e.First));

    public int Total => _errors.Values.Sum(e => e.Count);

    public int CountOf(string what) => _errors.TryGetValue(what, out var e) ? e.Count : 0;

    public IEnumerable<(string What, int Count, string First)> All =>
        _errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value.Count, e.Value.First));
}
