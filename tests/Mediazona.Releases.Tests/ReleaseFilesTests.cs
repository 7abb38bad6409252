using System.Security.Cryptography;
using DuckDB.NET.Data;
using Mediazona.Releases.Reading;
using Mediazona.Releases.Schema;
using Mediazona.Releases.Writing;

namespace Mediazona.Releases.Tests;

public sealed class ReleaseFilesTests : IDisposable
{
    readonly string _root = Directory.CreateTempSubdirectory("mz-release-").FullName;
    static readonly Dictionary<string, string> Figures = new() { ["received"] = "A case whose entry date is on or before the as-of date." };

    public void Dispose() => Directory.Delete(_root, recursive: true);

    async Task<string> WriteAsync(Release release, string name)
    {
        var folder = Path.Combine(_root, name);
        await ReleaseWriter.WriteAsync(release, folder, Figures);
        return folder;
    }

    static object? Scalar(DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Fact]
    public async Task The_same_release_gives_the_same_bytes_and_its_manifest_checks_every_file()
    {
        var first = await WriteAsync(SampleRelease.Study(), "first");
        var second = await WriteAsync(SampleRelease.Study(), "second");

        var manifest = await File.ReadAllTextAsync(Path.Combine(first, ReleaseWriter.ManifestFile));
        Assert.Equal(manifest, await File.ReadAllTextAsync(Path.Combine(second, ReleaseWriter.ManifestFile)));
        var listed = manifest.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split("  ")).ToDictionary(p => p[1], p => p[0]);
        Assert.Equal(ReleaseTables.All.Count * 2 + 2, listed.Count); // Parquet and CSV per table, release.json, codebook.md
        foreach (var (file, hash) in listed)
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(first, file)))));
    }

    /// <summary>
    /// The bytes themselves, fixed: a change of a writer, of Parquet.Net or of the machine that alters any file of this
    /// release fails here (then check that the change is meant, and that DuckDB still reads the files, before updating).
    /// </summary>
    [Fact]
    public async Task The_sample_release_has_exactly_the_bytes_it_had_when_this_test_was_written()
    {
        var manifest = await File.ReadAllBytesAsync(Path.Combine(await WriteAsync(SampleRelease.Study(), "golden"), ReleaseWriter.ManifestFile));
        var hash = Convert.ToHexStringLower(SHA256.HashData(manifest));
        Assert.True(hash == "c48fbc0f1a784ee002f158b63c9ec12eac2567d05833de5a9762c3520b420d6a", $"the manifest's SHA-256 is now {hash}");
    }

    [Fact]
    public async Task The_zip_of_a_release_has_the_same_bytes_each_time_and_unpacks_to_files_its_manifest_checks()
    {
        var folder = await WriteAsync(SampleRelease.Study(), "zipped");
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).ToList();
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        await ReleaseArchive.WriteAsync(folder, files!, first);
        await ReleaseArchive.WriteAsync(folder, files!.AsEnumerable().Reverse()!, second);
        Assert.Equal(first.ToArray(), second.ToArray());

        first.Position = 0;
        var unpacked = Path.Combine(_root, "unpacked");
        await ReleaseArchive.ExtractAsync(first, unpacked);
        foreach (var line in (await File.ReadAllLinesAsync(Path.Combine(unpacked, ReleaseWriter.ManifestFile))).Select(l => l.Split("  ")))
            Assert.Equal(line[0], Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(unpacked, line[1])))));
        first.Position = 0;
        await Assert.ThrowsAsync<IOException>(() => ReleaseArchive.ExtractAsync(first, unpacked));
    }

    [Fact]
    public async Task A_release_reads_back_row_for_row()
    {
        var release = SampleRelease.Study();
        var read = await ReleaseReader.ReadAsync(await WriteAsync(release, "read"));

        Assert.Equal((release.AsOf, release.RulesVersion, release.MethodologyVersion, release.DataVersion), (read.AsOf, read.RulesVersion, read.MethodologyVersion, read.DataVersion));
        foreach (var table in release.Tables)
            Assert.Equal(table.Rows.Select(r => r.Select(ReleaseValues.Text)), read.Table(table.Spec.Name).Rows.Select(r => r.Select(ReleaseValues.Text)));
    }

    [Fact]
    public async Task DuckDB_opens_the_Parquet_and_the_CSV_and_recomputes_the_figures_from_either()
    {
        var folder = await WriteAsync(SampleRelease.Study(), "duckdb");
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        foreach (var (source, table) in new[] { ("read_parquet", "cases.parquet"), ("read_csv_auto", "cases.csv") })
        {
            var from = $"{source}('{Path.Combine(folder, table)}')";
            // Received and verdicts as of 3 April 2023, mobilisation-era cases only (the study's two headline counts).
            Assert.Equal(8L, Convert.ToInt64(Scalar(db, $"select count(*) from {from} where mobilisation_era and entry_date <= date '2023-04-03'")));
            Assert.Equal(4L, Convert.ToInt64(Scalar(db, $"select count(*) from {from} where mobilisation_era and outcome = 'VERDICT' and decision_date <= date '2023-04-03'")));
        }
        // Joins across tables by their keys; Cyrillic, commas and quotes survive both forms.
        Assert.Equal(10L, Convert.ToInt64(Scalar(db, $"select count(*) from read_parquet('{folder}/cases.parquet') c join read_parquet('{folder}/courts.parquet') k using (court_code)")));
        Assert.Equal("3-й окружной военный суд, \"Москва\"", Scalar(db, $"select name from read_csv_auto('{folder}/courts.csv') where court_code = '77OV0000'"));
        Assert.Equal(1L, Convert.ToInt64(Scalar(db, $"select count(*) from read_parquet('{folder}/revisions.parquet') where fetched_at is null")));
        // An instant stays the same instant: a UTC timestamp, not a local or INT96 reading of it.
        Assert.Equal("2023-04-01 09:30:00+00", Scalar(db, $"set TimeZone = 'UTC'; select cast(max(fetched_at) as varchar) from read_parquet('{folder}/revisions.parquet')"));
    }

    [Fact]
    public async Task The_codebook_names_every_column_with_its_type_and_the_definition_of_each_figure_it_feeds()
    {
        var codebook = await File.ReadAllTextAsync(Path.Combine(await WriteAsync(SampleRelease.Study(), "codebook"), ReleaseWriter.CodebookFile));
        foreach (var column in ReleaseTables.All.SelectMany(t => t.Columns))
            Assert.Contains($"| `{column.Name}` |", codebook, StringComparison.Ordinal);
        Assert.Contains("### received\n\nA case whose entry date is on or before the as-of date.", codebook, StringComparison.Ordinal);
        Assert.Contains("## cases (10 rows)", codebook, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rows_with_one_key_or_a_value_of_the_wrong_type_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SampleRelease.Build([SampleRelease.Case("c1", "46GV0001", new(2023, 1, 1), null), SampleRelease.Case("c1", "46GV0001", new(2023, 1, 2), null)]));
        var wrong = SampleRelease.Case("c1", "46GV0001", new(2023, 1, 1), null);
        wrong[1] = "1";
        Assert.Throws<ArgumentException>(() => new ReleaseTable(ReleaseTables.Cases, [wrong]));
    }
}
