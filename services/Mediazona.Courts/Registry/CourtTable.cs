using System.Text.RegularExpressions;
using Mediazona.Courts.Hierarchy;

namespace Mediazona.Courts.Registry;

/// <summary>The registry's data file (code,name,host,region,level; no quoting, no commas in values) to courts.</summary>
public static partial class CourtTable
{
    const string Header = "code,name,host,region,level";

    /// <summary>Parses the table and links every court to its parent. Throws on a malformed table: it ships inside the build.</summary>
    public static IReadOnlyList<Court> Parse(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0 || lines[0] != Header)
            throw new FormatException($"the court table must start with '{Header}'");
        var rows = lines.Skip(1).Select(Row).ToList();
        var keys = rows.Select(r => (r.Code, r.Level)).ToList();
        return [.. rows.Select(r => r with { ParentCode = CourtHierarchy.ParentOf(r.Code, r.Level, keys) })];
    }

    static Court Row(string line, int index)
    {
        var cells = line.Split(',');
        if (cells.Length != 5)
            throw new FormatException($"court table row {index + 1} has {cells.Length} cells, not 5");
        var code = cells[0].Trim().ToUpperInvariant();
        if (!CodeShape().IsMatch(code))
            throw new FormatException($"court table row {index + 1}: '{code}' is not a court code");
        var level = cells[4].Trim() switch
        {
            "garrison" => CourtLevel.Garrison,
            "district" => CourtLevel.District,
            "appeal" => CourtLevel.Appeal,
            "cassation" => CourtLevel.Cassation,
            var other => throw new FormatException($"court table row {index + 1}: unknown level '{other}'"),
        };
        return new Court(code, cells[1].Trim(), Hosts.CourtHosts.PortalForm(cells[2]), cells[3].Trim(), level, null);
    }

    [GeneratedRegex("^[0-9]{2}(GV|OV|AV|KV)[0-9]{4}$")]
    private static partial Regex CodeShape();
}
