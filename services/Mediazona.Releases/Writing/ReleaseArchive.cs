using System.IO.Compression;

namespace Mediazona.Releases.Writing;

/// <summary>
/// A release folder as one zip (what the API serves and mzctl unpacks): the files in name order, each stamped with the
/// same fixed time, so the same release gives the same zip bytes too.
/// </summary>
public static class ReleaseArchive
{
    /// <summary>The earliest time a zip can hold: no entry says when it was written.</summary>
    static readonly DateTimeOffset Stamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(string folder, IEnumerable<string> files, Stream output, CancellationToken ct = default)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var entry = zip.CreateEntry(file, CompressionLevel.Optimal);
            entry.LastWriteTime = Stamp;
            await using var target = await entry.OpenAsync(ct);
            await using var source = File.OpenRead(Path.Combine(folder, file));
            await source.CopyToAsync(target, ct);
        }
    }

    /// <summary>Unpacks a release zip into a folder that is new or empty (a release is never mixed with other files).</summary>
    public static async Task ExtractAsync(Stream zip, string folder, CancellationToken ct = default)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new IOException($"{folder} is not empty: a release goes into a new or empty folder");
        Directory.CreateDirectory(folder);
        await ZipFile.ExtractToDirectoryAsync(zip, folder, overwriteFiles: false, ct);
    }
}
