namespace Mediazona.Statistics.Rpc;

/// <summary>WatchSummary settings (section "Watch").</summary>
public sealed class WatchOptions
{
    /// <summary>How often a watcher reads the data version (one indexed single-row read).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Streams open at once in this process; more are refused with RESOURCE_EXHAUSTED.</summary>
    public int MaxWatchers { get; set; } = 200;
}
