using System.Text;
using Mediazona.Releases.Schema;
using Mediazona.Releases.Writing;

namespace Mediazona.Releases.Delta;

/// <summary>
/// Writes a delta into the new release's folder, under delta/: per table the rows added and removed (CSV with the table's
/// columns) and the values changed (CSV: key, column, old, new), and delta.md with the counts.
/// </summary>
public static class DeltaWriter
{
    public const string Folder = "delta";

    public static async Task WriteAsync(Release previous, Release current, IReadOnlyList<TableDelta> deltas, string releaseFolder, CancellationToken ct = default)
    {
        var folder = Path.Combine(releaseFolder, Folder);
        Directory.CreateDirectory(folder);
        var summary = new StringBuilder($"# Delta\n\nFrom the release as of {ReleaseValues.Text(previous.AsOf)} (rules {previous.RulesVersion}, data version {previous.DataVersion}) ")
            .Append($"to the one as of {ReleaseValues.Text(current.AsOf)} (rules {current.RulesVersion}, data version {current.DataVersion}).\n\n")
            .Append("| table | added | removed | changed rows | changed values |\n|---|---|---|---|---|\n");
        foreach (var delta in deltas)
        {
            var name = delta.Spec.Name;
            await WriteCsvAsync(folder, $"{name}-added.csv", w => CsvTableFile.Write(new ReleaseTable(delta.Spec, delta.Added), w), ct);
            await WriteCsvAsync(folder, $"{name}-removed.csv", w => CsvTableFile.Write(new ReleaseTable(delta.Spec, delta.Removed), w), ct);
            await WriteCsvAsync(folder, $"{name}-changed.csv", w =>
            {
                w.Write("key,column,old_value,new_value\r\n");
                foreach (var change in delta.Changed)
                    w.Write($"{CsvTableFile.Field(change.Key)},{CsvTableFile.Field(change.Column)},{CsvTableFile.Field(change.Old)},{CsvTableFile.Field(change.New)}\r\n");
            }, ct);
            summary.Append($"| {name} | {delta.Added.Count} | {delta.Removed.Count} | {delta.ChangedRows} | {delta.Changed.Count} |\n");
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "delta.md"), summary.ToString(), CsvTableFile.Utf8, ct);
    }

    static async Task WriteCsvAsync(string folder, string file, Action<TextWriter> write, CancellationToken ct)
    {
        await using var writer = new StreamWriter(Path.Combine(folder, file), append: false, CsvTableFile.Utf8);
        write(writer);
        await writer.FlushAsync(ct);
    }
}
