namespace Mediazona.Statistics.DataVersion;

/// <summary>The PostgreSQL notification channel on which the projection writer announces each new data version (payload: the version).</summary>
public static class DataVersionChannel
{
    public const string Name = "mz_statistics_data_version";
}
