using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Mediazona.ServiceDefaults.Security;

/// <summary>
/// The per-deployment secret that proves a call to a service came from inside the suite: the gateway adds it to every
/// request it forwards, and a service answers nothing else (InternalCallersOnly). It is not an API key: no user holds
/// it, it grants no scope, and the gateway replaces whatever a caller sends under its header. Compared in constant time.
/// </summary>
public sealed class InternalCredential
{
    /// <summary>Configuration key (Internal__Secret in the environment): deploy/local/up.sh makes one per deployment,
    /// Kubernetes and compose read it from a secret.</summary>
    public const string SecretKey = "Internal:Secret";

    /// <summary>The request header that carries it from the gateway (or another suite host) to a service.</summary>
    public const string Header = "x-mz-internal";

    /// <summary>At least 32 characters: 24 random bytes in base64, or more.</summary>
    public const int MinimumLength = 32;

    readonly byte[] _hash;

    InternalCredential(string secret)
    {
        Secret = secret;
        _hash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
    }

    public string Secret { get; }

    /// <summary>Reads Internal:Secret; a missing or short one stops start-up (a service must never run open).</summary>
    public static InternalCredential FromConfiguration(IConfiguration configuration)
    {
        var secret = configuration[SecretKey]?.Trim();
        if (string.IsNullOrEmpty(secret))
            throw new InvalidOperationException(
                $"Configuration '{SecretKey}' is missing: set it (environment Internal__Secret) to the deployment's internal secret, " +
                "the same value on the gateway and every service (deploy/local/up.sh makes one; see docs/gateway.md, 'Trust boundary').");
        if (secret.Length < MinimumLength)
            throw new InvalidOperationException($"Configuration '{SecretKey}' is shorter than {MinimumLength} characters: use e.g. `openssl rand -base64 32`.");
        return new InternalCredential(secret);
    }

    /// <summary>True when the presented value is the secret. Hashing first makes the comparison's length fixed.</summary>
    public bool Accepts(string? presented) =>
        presented is { Length: > 0 } &&
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _hash);
}
