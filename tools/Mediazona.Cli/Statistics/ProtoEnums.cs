using Google.Protobuf.Reflection;

namespace Mediazona.Cli.Statistics;

/// <summary>The values of a proto enum by their proto names, for option values and CSV column names.</summary>
internal static class ProtoEnums
{
    /// <summary>Every value but _UNSPECIFIED as (number, lower-case name without the enum's prefix): CATEGORY_AWOL → (5, "awol").</summary>
    public static IReadOnlyList<(int Number, string Name)> Values(FileDescriptor file, string enumName)
    {
        var values = file.FindTypeByName<EnumDescriptor>(enumName).Values;
        var prefix = values.Single(v => v.Number == 0).Name[..^"UNSPECIFIED".Length];
        return [.. values.Where(v => v.Number != 0).Select(v => (v.Number, v.Name[prefix.Length..].ToLowerInvariant()))];
    }

    /// <summary>"press_release" → "Press release".</summary>
    public static string Heading(string name) => char.ToUpperInvariant(name[0]) + name[1..].Replace('_', ' ');
}
