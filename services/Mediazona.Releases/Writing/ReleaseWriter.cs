using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mediazona.Releases.Schema;

namespace Mediazona.Releases.Writing;

/// <summary>
/// Writes a release into a folder: each table as Parquet and CSV, release.json (what it describes), codebook.md, and
/// manifest-sha256.txt over every other file. Nothing in it depends on when or where it is written: the same release
/// gives the same bytes.
/// </summary>
public static class ReleaseWriter
{
    public const string ManifestFile = "manifest-sha256.txt";
    public const string DescriptionFile = "release.json";
    public const string CodebookFile = "codebook.md";

    public static async Task<IReadOnlyList<string>> WriteAsync(Release release, string folder, IReadOnlyDictionary<string, string> figures, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var table in release.Tables)
        {
            var parquet = table.Spec.Name + ".parquet";
            await using (var stream = File.Create(Path.Combine(folder, parquet)))
                await ParquetTableFile.WriteAsync(table, stream, ct);
            var csv = table.Spec.Name + ".csv";
            await using (var writer = new StreamWriter(Path.Combine(folder, csv), append: false, CsvTableFile.Utf8))
                CsvTableFile.Write(table, writer);
            files.AddRange([parquet, csv]);
        }
        await File.WriteAllTextAsync(Path.Combine(folder, DescriptionFile), Describe(release), CsvTableFile.Utf8, ct);
        await File.WriteAllTextAsync(Path.Combine(folder, CodebookFile), Codebook.Write(release, figures), CsvTableFile.Utf8, ct);
        files.AddRange([DescriptionFile, CodebookFile]);
        await File.WriteAllTextAsync(Path.Combine(folder, ManifestFile), await ManifestAsync(folder, files, ct), CsvTableFile.Utf8, ct);
        files.Add(ManifestFile);
        return files;
    }

    /// <summary>release.json: as-of, rules and methodology versions, data version, and the row count of each table.</summary>
    public static string Describe(Release release)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("as_of", ReleaseValues.Text(release.AsOf));
            json.WriteNumber("rules_version", release.RulesVersion);
            json.WriteString("methodology_version", release.MethodologyVersion);
            json.WriteNumber("data_version", release.DataVersion);
            json.WriteStartObject("rows");
            foreach (var table in release.Tables)
                json.WriteNumber(table.Spec.Name, table.Rows.Count);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>"sha256  file" per line, sorted by file name: the form `sha256sum -c` checks.</summary>
    static async Task<string> ManifestAsync(string folder, IEnumerable<string> files, CancellationToken ct)
    {
        var lines = new StringBuilder();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(Path.Combine(folder, file));
            lines.Append(Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct))).Append("  ").Append(file).Append('\n');
        }
        return lines.ToString();
    }
}
