using System.Text;
using Mediazona.Releases.Schema;

namespace Mediazona.Releases.Writing;

/// <summary>
/// codebook.md: what the release is, every table and column (type, meaning, the figures it feeds) and each figure's
/// definition as the statistics state it — generated from <see cref="ReleaseTables"/> and the statistics' definitions.
/// </summary>
public static class Codebook
{
    /// <param name="figures">Figure name → its definition, from the statistics (a name without one is listed as undefined).</param>
    public static string Write(Release release, IReadOnlyDictionary<string, string> figures)
    {
        var text = new StringBuilder();
        text.Append("# Codebook\n\n")
            .Append($"As of **{ReleaseValues.Text(release.AsOf)}**; classification rules version **{release.RulesVersion}**; ")
            .Append($"methodology **{release.MethodologyVersion}**; data version {release.DataVersion}.\n\n")
            .Append("Every table is in Parquet and in CSV (RFC 4180, UTF-8, CRLF; dates YYYY-MM-DD, instants RFC 3339 in UTC; ")
            .Append("an empty date is unknown). `manifest-sha256.txt` holds each file's SHA-256 (`sha256sum -c manifest-sha256.txt`).\n");
        foreach (var table in release.Tables)
        {
            text.Append($"\n## {table.Spec.Name} ({table.Rows.Count} rows)\n\nOne row: {table.Spec.Row}. Key: {string.Join(", ", table.Spec.Key.Select(k => $"`{k}`"))}.\n\n")
                .Append("| column | type | meaning | feeds |\n|---|---|---|---|\n");
            foreach (var column in table.Spec.Columns)
                text.Append($"| `{column.Name}` | {TypeName(column)} | {Cell(column.Meaning)} | {string.Join(", ", column.Feeds.Select(f => $"[{f}](#{f})"))} |\n");
        }
        text.Append("\n## Figures\n\nAs the statistics define them (the same definitions answer every query):\n");
        foreach (var name in release.Tables.SelectMany(t => t.Spec.Columns).SelectMany(c => c.Feeds).Distinct().Order(StringComparer.Ordinal))
            text.Append($"\n### {name}\n\n{(figures.TryGetValue(name, out var definition) ? definition : "(no definition given)")}\n");
        return text.ToString();
    }

    static string TypeName(ReleaseColumn column) => column.Type switch
    {
        ColumnType.Text => "text",
        ColumnType.Number => "int32",
        ColumnType.Amount => "int64",
        ColumnType.Boolean => "boolean",
        ColumnType.Date => "date, may be empty",
        ColumnType.Timestamp => "timestamp (UTC), may be empty",
        _ => column.Type.ToString(),
    };

    static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
