using DuckDB.NET.Data;
using Mediazona.EndToEnd.Tests.Infrastructure;

namespace Mediazona.EndToEnd.Tests.Releases;

/// <summary>A temporary folder for releases, and DuckDB over their files as the desk would open them.</summary>
sealed class ReleaseFolder : IDisposable
{
    readonly string _root = Directory.CreateTempSubdirectory("mz-e2e-release-").FullName;

    public string Path(string name) => System.IO.Path.Combine(_root, name);

    /// <summary>`mzctl release` into a new folder of this name; fails the test on a non-zero exit.</summary>
    public async Task<(string Folder, Mzctl.Run Run)> ReleaseAsync(SuiteFixture suite, string name, params string[] arguments)
    {
        var folder = Path(name);
        var run = await Mzctl.RunAsync(suite, ["release", "--out", folder, .. arguments]);
        Assert.True(run.Exit == 0, $"mzctl release exited {run.Exit}: {run.Error}");
        return (folder, run);
    }

    /// <summary>The manifest's lines for the table files (release.json and the codebook carry the data version, which other tests move).</summary>
    public static IEnumerable<string> TableHashes(string folder) =>
        File.ReadAllLines(System.IO.Path.Combine(folder, "manifest-sha256.txt")).Where(l => l.EndsWith(".parquet", StringComparison.Ordinal) || l.EndsWith(".csv", StringComparison.Ordinal));

    public static long Count(string folder, string sql)
    {
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        foreach (var table in new[] { "cases", "defendants", "charges", "courts", "revisions", "completeness" })
        {
            using var view = db.CreateCommand();
            view.CommandText = $"create view {table} as select * from read_parquet('{System.IO.Path.Combine(folder, table + ".parquet")}')";
            view.ExecuteNonQuery();
        }
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
