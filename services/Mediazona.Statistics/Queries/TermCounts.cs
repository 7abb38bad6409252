namespace Mediazona.Statistics.Queries;

/// <summary>
/// How many sentences of one article and punishment kind have each term (months): the statistics of the terms taken
/// from the counts, exactly as PostgreSQL's aggregates would take them from the terms themselves. Pure.
/// </summary>
public sealed class TermCounts
{
    readonly SortedDictionary<int, long> counts = [];

    public void Add(int term, long count)
    {
        var sum = counts.GetValueOrDefault(term) + count;
        if (sum == 0)
            counts.Remove(term);
        else
            counts[term] = sum;
    }

    /// <summary>Every sentence counted, with a term or without (zero).</summary>
    public long All => counts.Values.Sum();

    /// <summary>Sentences with a term (above zero).</summary>
    public long Count => counts.Where(c => c.Key > 0).Sum(c => c.Value);

    public int Min => counts.Keys.First(t => t > 0);

    public int Max => counts.Keys.Last();

    /// <summary>
    /// <c>percentile_cont(fraction) within group (order by term)</c> over the terms above zero: the interpolation between
    /// the terms at ranks floor and ceil of fraction × (count − 1), computed as PostgreSQL's float8 lerp computes it.
    /// </summary>
    public double Percentile(double fraction)
    {
        var position = fraction * (Count - 1);
        var first = Math.Floor(position);
        var low = At((long)first);
        var high = At((long)Math.Ceiling(position));
        return high == low ? low : low + (high - low) * (position - first);
    }

    /// <summary>Sentences per year of term (the bucket's first month), the last bucket open: ten years and more.</summary>
    public IEnumerable<(int FromMonths, long Count)> Histogram() =>
        counts.Where(c => c.Key > 0).GroupBy(c => Math.Min(c.Key / 12, 10) * 12).Select(g => (g.Key, g.Sum(c => c.Value)));

    /// <summary>The term at a zero-based rank among the terms above zero, in order.</summary>
    double At(long rank)
    {
        foreach (var (term, count) in counts.Where(c => c.Key > 0))
        {
            if (rank < count)
                return term;
            rank -= count;
        }
        throw new ArgumentOutOfRangeException(nameof(rank));
    }
}
