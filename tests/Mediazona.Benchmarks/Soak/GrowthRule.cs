namespace Mediazona.Benchmarks.Soak;

/// <summary>
/// Whether a memory series (MiB over minutes, warm-up excluded) keeps growing. Sustained growth is BOTH:
/// <list type="bullet">
/// <item>a least-squares slope over the second half of the judged window above MaxSlope MiB/min (default 1): a host
/// still climbing at the end. 1 MiB/min is ~1.4 GiB a day, which would take any host past its 512–768 MiB
/// Kubernetes limit within a day; a lower bar would fire on the garbage collector's own steps (server GC grows and
/// trims its budgets by several MiB at a time, which a few minutes of samples turn into slopes of ~0.5 MiB/min);</item>
/// <item>and the end value above the warm-up value by more than MaxGrowth percent (default 15%, i.e. 20–40 MiB for
/// hosts of 150–250 MiB): a slope without accumulated growth is a late wobble, and a step without a slope is a
/// cache or pool that filled once and stopped.</item>
/// </list>
/// A leak shows both. Together they catch ≥ ~4 MiB/min in a 10-minute soak and ≥ 1 MiB/min in an hour's
/// (the accumulated share grows with the run), so a longer soak finds slower leaks.
/// </summary>
static class GrowthRule
{
    public sealed record Verdict(double WarmUp, double Middle, double End, double SlopePerMinute, double GrowthPercent, bool Sustained, bool Judged);

    public static Verdict Judge(IReadOnlyList<(double Minutes, double Value)> points, double maxSlopePerMinute, double maxGrowthPercent)
    {
        if (points.Count < 6)
            return new Verdict(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, Sustained: false, Judged: false);
        // Medians of three dampen a single sample caught mid-collection.
        var warmUp = MedianOf(points, 0);
        var middle = MedianOf(points, points.Count / 2 - 1);
        var end = MedianOf(points, points.Count - 3);
        var halfway = (points[0].Minutes + points[^1].Minutes) / 2;
        var slope = Slope([.. points.Where(p => p.Minutes >= halfway)]);
        var growth = (end - warmUp) / warmUp * 100;
        return new Verdict(warmUp, middle, end, slope, growth, Sustained: slope > maxSlopePerMinute && growth > maxGrowthPercent, Judged: true);
    }

    /// <summary>Ordinary least squares slope (value units per minute).</summary>
    public static double Slope(IReadOnlyList<(double Minutes, double Value)> points)
    {
        if (points.Count < 2)
            return double.NaN;
        var meanX = points.Average(p => p.Minutes);
        var meanY = points.Average(p => p.Value);
        var covariance = points.Sum(p => (p.Minutes - meanX) * (p.Value - meanY));
        var variance = points.Sum(p => (p.Minutes - meanX) * (p.Minutes - meanX));
        return variance == 0 ? double.NaN : covariance / variance;
    }

    static double MedianOf(IReadOnlyList<(double Minutes, double Value)> points, int from)
    {
        var three = points.Skip(Math.Max(0, from)).Take(3).Select(p => p.Value).Order().ToArray();
        return three[three.Length / 2];
    }
}
