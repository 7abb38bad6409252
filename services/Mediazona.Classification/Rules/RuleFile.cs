using System.Globalization;
using System.Text.Json;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Rules;

/// <summary>
/// Reads the rule table from its versioned JSON (Rules/rules.vN.json, embedded; optionally more from a folder). A broken file fails start-up
/// loudly: rules are code-reviewed data, and classifying with a half-read table would be silently wrong.
/// </summary>
public static class RuleFile
{
    const string ResourcePrefix = "rules/rules.v";

    static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The newest embedded version.</summary>
    public static RuleTable LoadEmbedded() => LoadAllEmbedded()[^1];

    /// <summary>Every embedded version, oldest first; a file whose name and content disagree on the version fails loudly.</summary>
    public static IReadOnlyList<RuleTable> LoadAllEmbedded()
    {
        var assembly = typeof(RuleFile).Assembly;
        var tables = new List<RuleTable>();
        foreach (var (name, version) in assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Select(name => (Name: name, Version: int.TryParse(name[ResourcePrefix.Length..^".json".Length], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1))
            .Where(x => x.Version > 0)
            .OrderBy(x => x.Version))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var table = Parse(stream);
            if (table.Version != version)
                throw new InvalidDataException($"{name} says it is version {table.Version}.");
            tables.Add(table);
        }
        return tables.Count > 0 ? tables : throw new InvalidDataException("No embedded rule table (Rules/rules.vN.json) in " + assembly.GetName().Name);
    }

    /// <summary>
    /// Every rules.vN.json in a folder (Rules:Directory), oldest first, checked as the embedded ones are. The folder
    /// was configured on purpose, so a missing folder, an empty one or a misnamed rules.v*.json fails loudly too.
    /// </summary>
    public static IReadOnlyList<RuleTable> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new InvalidDataException($"Rules:Directory '{directory}' does not exist.");
        var tables = new List<(int Version, RuleTable Table)>();
        foreach (var path in Directory.EnumerateFiles(directory, "rules.v*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!int.TryParse(name["rules.v".Length..^".json".Length], NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version <= 0)
                throw new InvalidDataException($"{path}: a rule file must be named rules.vN.json with N a version from 1.");
            RuleTable table;
            try
            {
                using var stream = File.OpenRead(path);
                table = Parse(stream);
            }
            catch (Exception ex) when (ex is InvalidDataException or JsonException)
            {
                throw new InvalidDataException($"{path}: {ex.Message}", ex);
            }
            if (table.Version != version)
                throw new InvalidDataException($"{path} says it is version {table.Version}.");
            tables.Add((version, table));
        }
        return tables.Count > 0
            ? [.. tables.OrderBy(t => t.Version).Select(t => t.Table)]
            : throw new InvalidDataException($"Rules:Directory '{directory}' holds no rules.vN.json file.");
    }

    public static RuleTable Parse(Stream json) =>
        ToTable(JsonSerializer.Deserialize<FileModel>(json, Json) ?? throw new InvalidDataException("The rule table is empty."));

    public static RuleTable Parse(string json) =>
        ToTable(JsonSerializer.Deserialize<FileModel>(json, Json) ?? throw new InvalidDataException("The rule table is empty."));

    static RuleTable ToTable(FileModel file)
    {
        if (!DateOnly.TryParseExact(file.EffectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var effectiveFrom))
            throw new InvalidDataException($"effective_from '{file.EffectiveFrom}' is not a YYYY-MM-DD date.");
        var rules = (file.Rows ?? []).Select(row => new Rule(
            Required(row.Article, "article"),
            row.Part?.Trim() ?? "",
            Parse<Category>(row.Category, row.Article),
            row.MobilisationEra,
            string.IsNullOrWhiteSpace(row.AwolDuration) ? AwolDuration.Unspecified : Parse<AwolDuration>(row.AwolDuration, row.Article),
            row.MaxPenaltyMonths is not < 0 ? row.MaxPenaltyMonths ?? 0 : throw new InvalidDataException($"Article {row.Article}: max_penalty_months is negative."),
            row.Description ?? "",
            MaxPenaltyUnknown: row.MaxPenaltyMonths is null,
            row.LifeImprisonment));
        try
        {
            return new RuleTable(file.Version, effectiveFrom, rules);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException(ex.Message, ex);
        }
    }

    static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"A rule row has no {field}.") : value.Trim();

    /// <summary>"OTHER_MILITARY" → Category.OtherMilitary: the file uses the proto names without the enum prefix.</summary>
    static T Parse<T>(string? name, string? article) where T : struct, Enum =>
        Enum.TryParse<T>(name?.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value)
        && Enum.IsDefined(value) && Convert.ToInt32(value, CultureInfo.InvariantCulture) != 0
            ? value
            : throw new InvalidDataException($"Article {article}: '{name}' is not a {typeof(T).Name}.");

    sealed record FileModel(int Version, string? EffectiveFrom, List<RowModel>? Rows);

    /// <summary>max_penalty_months: months of deprivation of liberty, 0 when the part carries none, null or absent when not recorded.</summary>
    sealed record RowModel(string? Article, string? Part, string? Category, bool MobilisationEra, string? AwolDuration, int? MaxPenaltyMonths, string? Description, bool LifeImprisonment);
}
