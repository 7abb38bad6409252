using System.Security.Cryptography;
using System.Text;
using Mediazona.Courts.Hosts;

namespace Mediazona.Courts.Registry;

/// <summary>
/// The military courts with lookups by code, host (either form) and URL, and by district. Immutable; <see cref="Current"/>
/// is the table shipped in this build, versioned as <c>courts.v1+&lt;first 12 hex of its SHA-256&gt;</c> so a client can
/// tell which table answered.
/// </summary>
public sealed class CourtRegistry
{
    public const string Schema = "courts.v1";
    const string Resource = "Mediazona.Courts.military-courts.csv";

    readonly Dictionary<string, Court> _byCode;
    readonly Dictionary<string, Court> _byHost;

    public CourtRegistry(IReadOnlyList<Court> courts, string version)
    {
        Courts = courts;
        Version = version;
        _byCode = courts.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        _byHost = new Dictionary<string, Court>(StringComparer.Ordinal);
        foreach (var court in courts)
        {
            _byHost[court.Host] = court;
            _byHost[court.SiteHost] = court;
        }
    }

    /// <summary>The registry built from this build's embedded table.</summary>
    public static CourtRegistry Current { get; } = Load();

    public IReadOnlyList<Court> Courts { get; }
    public string Version { get; }

    /// <summary>The district and fleet courts, in table order.</summary>
    public IEnumerable<Court> Districts => Courts.Where(c => c.Level == CourtLevel.District);

    public Court? ByCode(string? code) => code is null ? null : _byCode.GetValueOrDefault(code.Trim());

    /// <summary>By host in either form, any case, with or without port or "www.".</summary>
    public Court? ByHost(string? host) =>
        string.IsNullOrWhiteSpace(host) ? null : _byHost.GetValueOrDefault(CourtHosts.Normalise(host));

    /// <summary>By the host of an http(s) URL (also //host/…).</summary>
    public Court? ByUrl(string? url) => ByHost(CourtHosts.HostOfUrl(url));

    /// <summary>A district or fleet court and every garrison court under it (what `--court DISTRICT` means); empty for other codes.</summary>
    public IReadOnlyList<Court> InDistrict(string? districtCode) =>
        ByCode(districtCode) is { Level: CourtLevel.District } district
            ? [.. Courts.Where(c => c.DistrictCode == district.Code)]
            : [];

    /// <summary>A registry from table text, versioned by its content.</summary>
    public static CourtRegistry FromTable(string csv) => new(CourtTable.Parse(csv), VersionOf(csv));

    /// <summary>courts.v1+ the first 12 hex digits of the SHA-256 of the table with line ends normalised.</summary>
    public static string VersionOf(string csv)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(csv.ReplaceLineEndings("\n").Trim()));
        return $"{Schema}+{Convert.ToHexStringLower(hash)[..12]}";
    }

    static CourtRegistry Load()
    {
        using var stream = typeof(CourtRegistry).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the court table {Resource} is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return FromTable(reader.ReadToEnd());
    }
}
