using System.Security.Cryptography;
using Grpc.Core;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Releases.Writing;

namespace Mediazona.Cli.Releases;

/// <summary>
/// Saves a release's files as the statistics service streams them, each checked against its SHA-256, then checks the
/// folder against the release's own manifest. A name that is not a plain file name, or bytes that do not match, stop it.
/// </summary>
internal static class ReleaseDownload
{
    public static async Task<IReadOnlyList<string>> SaveAsync(IAsyncStreamReader<ExportReleaseResponse> files, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var saved = new List<string>();
        await foreach (var file in files.ReadAllAsync(ct))
        {
            if (file.Name.Length == 0 || file.Name != Path.GetFileName(file.Name) || file.Name is "." or "..")
                throw new InvalidDataException($"the service sent a file named '{file.Name}', which is not a plain file name");
            var content = file.Content.Memory;
            if (Convert.ToHexStringLower(SHA256.HashData(content.Span)) != file.Sha256)
                throw new InvalidDataException($"{file.Name}: the bytes received do not match the SHA-256 the service sent");
            await File.WriteAllBytesAsync(Path.Combine(folder, file.Name), content.ToArray(), ct);
            saved.Add(file.Name);
        }
        await CheckManifestAsync(folder, ct);
        return saved;
    }

    /// <summary>Every file manifest-sha256.txt lists is there with that hash (what `sha256sum -c` checks).</summary>
    public static async Task CheckManifestAsync(string folder, CancellationToken ct)
    {
        var manifest = Path.Combine(folder, ReleaseWriter.ManifestFile);
        if (!File.Exists(manifest))
            throw new InvalidDataException($"the release has no {ReleaseWriter.ManifestFile}");
        foreach (var line in await File.ReadAllLinesAsync(manifest, ct))
        {
            if (line.Length == 0)
                continue;
            var (hash, name) = (line[..64], line[66..]);
            await using var stream = File.OpenRead(Path.Combine(folder, name));
            if (Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct)) != hash)
                throw new InvalidDataException($"{name} does not match {ReleaseWriter.ManifestFile}");
        }
    }
}
