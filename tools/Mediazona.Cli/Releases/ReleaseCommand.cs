using System.CommandLine;
using Grpc.Core;
using Mediazona.Cli.Gateway;
using Mediazona.Cli.Statistics;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Courts.Registry;
using Mediazona.Releases.Delta;
using Mediazona.Releases.Reading;
using Mediazona.Releases.Writing;

namespace Mediazona.Cli.Releases;

/// <summary>
/// mzctl release --as-of DATE --out DIR [--since PREVIOUS_DIR] [--court CODE...]: the ExportRelease zip unpacked into
/// DIR; with --since, the delta from the earlier release written under DIR/delta (read scope).
/// </summary>
internal static class ReleaseCommand
{
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public static Command Create(GatewayOptions gateway)
    {
        var asOf = StatsOptions.DateOption("--as-of", "The cases received by this date, YYYY-MM-DD, with what was decided by then (default: today).");
        var output = new Option<DirectoryInfo>("--out") { Description = "A new or empty folder for the release.", HelpName = "DIR", Required = true };
        var since = new Option<DirectoryInfo>("--since") { Description = "An earlier release's folder: also write the delta from it under DIR/delta.", HelpName = "PREVIOUS_DIR" };
        var courts = new StatsOptions().Courts;
        var command = new Command("release", "A data release: cases, defendants, charges, courts and revisions as Parquet and CSV, codebook.md, "
            + "release.json and manifest-sha256.txt (docs/releases.md).")
        {
            asOf, output, since, courts,
        };
        command.SetAction((parse, cancellationToken) => RpcFailure.GuardAsync(async () =>
        {
            var folder = parse.GetRequiredValue(output).FullName;
            // The earlier release is read first: a wrong folder fails before the download.
            var previous = parse.GetValue(since) is { } earlier ? await ReleaseReader.ReadAsync(earlier.FullName, cancellationToken) : null;
            var request = new ExportReleaseRequest
            {
                AsOf = parse.GetValue(asOf)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                CourtCodes = { CourtFilter.Expand(parse.GetValue(courts) ?? [], CourtRegistry.Current) },
            };
            using var channel = gateway.Open(parse);
            await DownloadAsync(new StatisticsService.StatisticsServiceClient(channel), request, folder, cancellationToken);

            var release = await ReleaseReader.ReadAsync(folder, cancellationToken);
            Console.WriteLine($"Release as of {release.AsOf:yyyy-MM-dd} (data version {release.DataVersion}, rules {release.RulesVersion}, " +
                $"methodology {release.MethodologyVersion}) in {folder}:");
            foreach (var table in release.Tables)
                Console.WriteLine($"  {table.Spec.Name,-11} {table.Rows.Count,9} rows");
            if (previous is not null)
            {
                var deltas = ReleaseDelta.Between(previous, release);
                await DeltaWriter.WriteAsync(previous, release, deltas, folder, cancellationToken);
                Console.WriteLine($"Delta from the release of data version {previous.DataVersion} in {Path.Combine(folder, DeltaWriter.Folder)}:");
                foreach (var delta in deltas)
                    Console.WriteLine($"  {delta.Spec.Name,-11} {delta.Added.Count,7} added {delta.Removed.Count,7} removed {delta.ChangedRows,7} changed");
            }
            return 0;
        }, Console.Error));
        return command;
    }

    static async Task DownloadAsync(StatisticsService.StatisticsServiceClient client, ExportReleaseRequest request, string folder, CancellationToken ct)
    {
        var zip = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(zip))
            {
                using var call = client.ExportRelease(request, new CallOptions(deadline: DateTime.UtcNow + Timeout, cancellationToken: ct));
                await foreach (var message in call.ResponseStream.ReadAllAsync(ct))
                    message.Chunk.WriteTo(file);
            }
            await using var stream = File.OpenRead(zip);
            await ReleaseArchive.ExtractAsync(stream, folder, ct);
        }
        finally
        {
            File.Delete(zip);
        }
    }
}
