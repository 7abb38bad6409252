using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Mediazona.Cli.Output;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Courts.Registry;

namespace Mediazona.Cli.Statistics;

/// <summary>The filter options of every stats command and of watch (one instance, added to each), and --format.</summary>
internal sealed class StatsOptions
{
    /// <summary>Category names as the options take them: the proto names without the prefix, lower case ("awol").</summary>
    internal static readonly IReadOnlyDictionary<string, Category> Categories = ProtoEnums.Values(ClassificationReflection.Descriptor, "Category")
        .ToDictionary(v => v.Name, v => (Category)v.Number, StringComparer.OrdinalIgnoreCase);

    public Option<DateOnly?> AsOf { get; } = DateOption("--as-of", "Count what was known on this date, YYYY-MM-DD (default: today).");

    public Option<string[]> Courts { get; } = new("--court")
    {
        Description = "Only cases of this court (e.g. 77GV0020), or of a district or fleet court and every court under it (e.g. 77OV0000); repeat for several.",
        HelpName = "CODE",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string> Article { get; } = new("--article") { Description = "Only cases with a defendant charged under this article (e.g. 337).", HelpName = "N" };

    public Option<string> Part { get; } = new("--part") { Description = "... and this part of it (e.g. 5; needs --article).", HelpName = "N" };

    public Option<Category> Category { get; } = new("--category")
    {
        Description = "Only cases with a defendant charged under this category: " + string.Join(", ", Categories.Keys) + ".",
        HelpName = "NAME",
        CustomParser = result => ParseName(result, "--category", "CATEGORY_", Categories),
    };

    /// <summary>Stage names as --stage takes them: the proto names without the prefix, lower case ("attempt").</summary>
    internal static readonly IReadOnlyDictionary<string, OffenceStage> Stages = ProtoEnums.Values(ClassificationReflection.Descriptor, "OffenceStage")
        .ToDictionary(v => v.Name, v => (OffenceStage)v.Number, StringComparer.OrdinalIgnoreCase);

    public Option<OffenceStage> Stage { get; } = new("--stage")
    {
        Description = "Only charges at this stage of art. 30 (needs --article; --article 338 --stage attempt is attempted desertion): "
            + string.Join(", ", Stages.Keys) + ".",
        HelpName = "NAME",
        CustomParser = result => ParseName(result, "--stage", "OFFENCE_STAGE_", Stages),
    };

    public Option<DateOnly?> EntryFrom { get; } = DateOption("--entry-from", "Only cases received on or after this date, YYYY-MM-DD.");

    public Option<DateOnly?> EntryTo { get; } = DateOption("--entry-to", "Only cases received on or before this date, YYYY-MM-DD.");

    public Option<bool> AllCases { get; } = new("--all-cases") { Description = "Count cases of every era (default: mobilisation-era cases only)." };

    public Option<OutputFormat> Format { get; } = FormatOption();

    /// <summary>--format, for every command that prints a response.</summary>
    public static Option<OutputFormat> FormatOption() => new("--format")
    {
        Description = "table (default), json (the protobuf JSON of the response) or csv (a flat table with a header row).",
        HelpName = "table|json|csv",
        // Not given: default(OutputFormat), the table.
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (text.Length > 0 && char.IsAsciiLetter(text[0]) && Enum.TryParse<OutputFormat>(text, ignoreCase: true, out var format) && Enum.IsDefined(format))
                return format;
            result.AddError($"--format must be table, json or csv, not '{text}'.");
            return default;
        },
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { AsOf, Courts, Article, Part, Category, Stage, EntryFrom, EntryTo, AllCases, Format })
            command.Add(option);
    }

    /// <summary>The filters given; as-of falls back to the given default (null: the server's today).</summary>
    public StatsFilter Read(ParseResult parse, DateOnly? defaultAsOf) => new(
        parse.GetValue(AsOf) ?? defaultAsOf,
        CourtFilter.Expand(parse.GetValue(Courts) ?? [], CourtRegistry.Current),
        Blank(parse.GetValue(Article)),
        Blank(parse.GetValue(Part)),
        parse.GetValue(Category),
        parse.GetValue(EntryFrom),
        parse.GetValue(EntryTo),
        parse.GetValue(AllCases),
        parse.GetValue(Stage));

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    internal static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            result.AddError($"{name} must be a date YYYY-MM-DD, not '{text}'.");
            return null;
        },
    };

    /// <summary>An enum option by its proto name, with or without the prefix, any case, '-' for '_'.</summary>
    static T ParseName<T>(ArgumentResult result, string option, string prefix, IReadOnlyDictionary<string, T> names) where T : struct
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        var name = text.Replace('-', '_');
        if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            name = name[prefix.Length..];
        if (names.TryGetValue(name, out var value))
            return value;
        result.AddError($"{option} must be one of {string.Join(", ", names.Keys)}, not '{text}'.");
        return default;
    }
}
