using System.Security.Cryptography;
using System.Text;

namespace Mediazona.Statistics.Caching;

/// <summary>
/// Redis keys: mz:stats:v1:&lt;query&gt;:&lt;data version&gt;:&lt;hash of the normalised request&gt;.
/// The data version makes an answer unreachable as soon as the projection changes.
/// </summary>
public static class CacheKeys
{
    public const string Prefix = "mz:stats:v1";

    public static string For(string query, long dataVersion, string canonicalRequest) =>
        $"{Prefix}:{query}:{dataVersion}:{Hash(canonicalRequest)}";

    /// <summary>The query segment of a key made by <see cref="For"/> (the metrics' cache label); "" for any other key.</summary>
    public static string QueryOf(string key)
    {
        var segments = key.Split(':');
        return key.StartsWith(Prefix + ":", StringComparison.Ordinal) && segments.Length == 6 ? segments[3] : "";
    }

    /// <summary>First 128 bits of SHA-256, hex: short keys, collisions out of reach.</summary>
    static string Hash(string canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)).AsSpan(0, 16));
}
