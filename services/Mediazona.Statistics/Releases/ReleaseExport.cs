using Mediazona.Releases.Writing;
using Mediazona.Statistics.Figures;
using Mediazona.Statistics.Queries;

namespace Mediazona.Statistics.Releases;

/// <summary>
/// A release as a zip in a temporary file (the RPC streams it in chunks, the HTTP endpoint sends it whole); the file goes
/// when the export is disposed. The folder the zip is built from is temporary too.
/// </summary>
public sealed class ReleaseExport : IAsyncDisposable
{
    ReleaseExport(string path, DateOnly asOf, long dataVersion) => (Path, AsOf, DataVersion) = (path, asOf, dataVersion);

    public string Path { get; }
    public DateOnly AsOf { get; }
    public long DataVersion { get; }
    public string FileName => $"mediazona-release-{AsOf:yyyy-MM-dd}.zip";

    public static async Task<ReleaseExport> BuildAsync(ReleaseQuery query, SummaryFilter filter, CancellationToken ct)
    {
        var release = await query.ReadAsync(filter.AsOf, filter.CourtCodes, ct);
        var folder = Directory.CreateTempSubdirectory("mz-release-").FullName;
        var zip = System.IO.Path.GetTempFileName();
        try
        {
            var files = await ReleaseWriter.WriteAsync(release, folder, FigureDefinitions.ForCodebook(), ct);
            await using (var output = File.Create(zip))
                await ReleaseArchive.WriteAsync(folder, files, output, ct);
            return new ReleaseExport(zip, release.AsOf, release.DataVersion);
        }
        catch
        {
            File.Delete(zip);
            throw;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public Stream Open() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}
