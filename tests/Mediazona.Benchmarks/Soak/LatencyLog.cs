namespace Mediazona.Benchmarks.Soak;

/// <summary>Latencies of successful requests by kind, for counts and percentiles in the report.</summary>
sealed class LatencyLog
{
    readonly Dictionary<string, List<double>> _byKind = [];

    public void Add(string kind, double milliseconds)
    {
        lock (_byKind)
        {
            if (!_byKind.TryGetValue(kind, out var list))
                _byKind[kind] = list = [];
            list.Add(milliseconds);
        }
    }

    public IReadOnlyList<(string Kind, int Count, double P50, double P99)> Summary()
    {
        lock (_byKind)
        {
            return [.. _byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k =>
            {
                var sorted = k.Value.Order().ToArray();
                return (k.Key, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
            })];
        }
    }

    static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];
}
