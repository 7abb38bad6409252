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

    /// <summary>
    /// The embedded versions plus, when a folder is given (Rules:Directory), its rules.vN.json files: a new table can
    /// be deployed as data without a rebuild. A version in both places fails: a published version never changes.
    /// </summary>
    public static RuleBook Load(string? directory)
    {
        var embedded = RuleFile.LoadAllEmbedded();
        if (string.IsNullOrWhiteSpace(directory))
            return new RuleBook(embedded);
        var added = RuleFile.LoadDirectory(directory);
        var clash = added.Select(t => t.Version).Intersect(embedded.Select(t => t.Version)).ToList();
        if (clash.Count > 0)
            throw new InvalidDataException($"Rules:Directory '{directory}' repeats embedded rule table version(s) {string.Join(", ", clash)}.");
        try
        {
            return new RuleBook(embedded.Concat(added));
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"Rules:Directory '{directory}': {ex.Message}", ex);
        }
    }
}
