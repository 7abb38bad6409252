namespace Mediazona.Statistics.Monitoring;

/// <summary>Headline gauge settings (section "Headline").</summary>
public sealed class HeadlineOptions
{
    /// <summary>How often the data version is read; the summary is recomputed (or read from the cache) only when it moved.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(15);
}
