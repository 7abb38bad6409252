using System.Security.Cryptography;
using System.Text;

namespace Mediazona.Gateway.Security;

/// <summary>One configured key: its name (for logs and rate limits, never the key), SHA-256 and scopes.</summary>
public sealed record ApiKey(string Name, byte[] Sha256, Scopes Scopes, double? PermitsPerSecond);

/// <summary>
/// The keys the gateway accepts. Only hashes are held: Auth:Keys:&lt;name&gt;:Sha256 (hex) with :Scopes, plus
/// Auth:AdminKey, a plain key from the environment for local use, hashed here and then forgotten.
/// </summary>
public sealed class ApiKeys(IReadOnlyList<ApiKey> keys)
{
    public const string AdminKeyName = "admin";

    public IReadOnlyList<ApiKey> All => keys;

    public static ApiKeys FromConfiguration(IConfiguration configuration)
    {
        var keys = new List<ApiKey>();
        foreach (var section in configuration.GetSection("Auth:Keys").GetChildren())
        {
            var where = $"Auth:Keys:{section.Key}";
            var hex = section["Sha256"];
            byte[] hash;
            try
            {
                hash = Convert.FromHexString(hex ?? "");
            }
            catch (FormatException)
            {
                throw new InvalidOperationException($"{where}:Sha256 is not hex.");
            }
            if (hash.Length != 32)
                throw new InvalidOperationException($"{where}:Sha256 must be the 64 hex digits of a SHA-256.");
            var scopes = ScopeNames.Parse(section["Scopes"], $"{where}:Scopes");
            if (scopes == Scopes.None)
                throw new InvalidOperationException($"{where}:Scopes is empty.");
            keys.Add(new ApiKey(section.Key, hash, scopes, section.GetValue<double?>("PermitsPerSecond")));
        }
        // The operator's own key: unlimited (0) unless Auth:AdminPermitsPerSecond says otherwise.
        if (configuration["Auth:AdminKey"] is { Length: > 0 } admin)
            keys.Add(new ApiKey(AdminKeyName, Hash(admin), Scopes.Admin, configuration.GetValue("Auth:AdminPermitsPerSecond", 0.0)));
        return new ApiKeys(keys);
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The key whose hash matches; every configured hash is compared, each in constant time.</summary>
    public ApiKey? Find(string presented)
    {
        var hash = Hash(presented);
        ApiKey? found = null;
        foreach (var key in keys)
        {
            // No early exit: the time taken does not tell which key (or how much of one) matched.
            if (CryptographicOperations.FixedTimeEquals(hash, key.Sha256))
                found = key;
        }
        return found;
    }
}
