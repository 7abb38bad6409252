namespace Mediazona.Statistics.Rollups;

/// <summary>Rollup settings (section "Rollups").</summary>
public sealed class RollupOptions
{
    /// <summary>
    /// How often the delta rows are folded into the compacted rows once the data moved: the queries read at most the
    /// delta rows of this long (a few thousand rows per second of full-speed projection).
    /// </summary>
    public TimeSpan CompactionInterval { get; set; } = TimeSpan.FromSeconds(2);
}
