namespace Mediazona.Releases.Schema;

/// <summary>
/// A table's rows, each an array in column order holding string, int, long, bool, DateOnly? or DateTimeOffset? as the
/// column's type says. Rows are kept sorted by key, so the same rows always give the same files.
/// </summary>
public sealed class ReleaseTable
{
    public ReleaseTable(ReleaseTableSpec spec, IEnumerable<object?[]> rows)
    {
        Spec = spec;
        var keys = spec.KeyIndexes();
        var sorted = rows.ToList();
        foreach (var row in sorted)
            ReleaseValues.Check(spec, row);
        sorted.Sort((a, b) => ReleaseValues.CompareKeys(a, b, keys));
        for (var i = 1; i < sorted.Count; i++)
        {
            if (ReleaseValues.CompareKeys(sorted[i - 1], sorted[i], keys) == 0)
                throw new ArgumentException($"{spec.Name}: two rows have the key {ReleaseValues.Key(sorted[i], keys)}", nameof(rows));
        }
        Rows = sorted;
    }

    public ReleaseTableSpec Spec { get; }
    public IReadOnlyList<object?[]> Rows { get; }
}

/// <summary>A whole release: what it describes and its tables (every table of <see cref="ReleaseTables.All"/>).</summary>
/// <param name="AsOf">The day the figures are counted as of (decisions after it are not yet known).</param>
/// <param name="RulesVersion">The classification rules every case was classified under.</param>
/// <param name="MethodologyVersion">The version of the figures' definitions (the statistics' methodology).</param>
/// <param name="DataVersion">The statistics' data version the release was read at.</param>
public sealed record Release(DateOnly AsOf, int RulesVersion, string MethodologyVersion, long DataVersion, IReadOnlyList<ReleaseTable> Tables)
{
    public ReleaseTable Table(string name) => Tables.Single(t => t.Spec.Name == name);
}
