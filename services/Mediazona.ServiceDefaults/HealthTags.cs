namespace Mediazona.ServiceDefaults;

/// <summary>Health check tags: "live" answers whether to restart, "ready" whether to send traffic.</summary>
public static class HealthTags
{
    public const string Live = "live";
    public const string Ready = "ready";
}
