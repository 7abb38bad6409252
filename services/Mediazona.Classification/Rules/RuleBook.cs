namespace Mediazona.Classification.Rules;

/// <summary>
/// Every version of the rule table the service carries. The active one is the newest whose effective date has come:
/// a version may ship before it applies and takes over at the first start on or after its date.
/// </summary>
public sealed class RuleBook
{
    public RuleBook(IEnumerable<RuleTable> versions)
    {
        Versions = [.. versions.OrderBy(v => v.Version)];
        if (Versions.Count == 0)
            throw new ArgumentException("A rule book needs at least one version.", nameof(versions));
        for (var i = 1; i < Versions.Count; i++)
        {
            if (Versions[i].Version == Versions[i - 1].Version)
                throw new ArgumentException($"Rule table version {Versions[i].Version} is listed twice.", nameof(versions));
        }
    }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<RuleTable> Versions { get; }

    /// <summary>The newest version in force on the day; before the first version's date, the first version.</summary>
    public RuleTable ActiveOn(DateOnly day)
    {
        var active = Versions[0];
        foreach (var version in Versions)
        {
            if (version.EffectiveFrom <= day)
                active = version;
        }
        return active;
    }

    public RuleTable ActiveAt(DateTimeOffset now) => ActiveOn(DateOnly.FromDateTime(now.UtcDateTime));

    public static RuleBook LoadEmbedded() => new(RuleFile.LoadAllEmbedded());
}
