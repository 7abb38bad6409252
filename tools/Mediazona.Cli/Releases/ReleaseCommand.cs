using System.CommandLine;
using System.Globalization;
using Mediazona.Cli.Gateway;
using Mediazona.Cli.Statistics;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Releases.Delta;
using Mediazona.Releases.Reading;

namespace Mediazona.Cli.Releases;

/// <summary>
/// mzctl release --as-of DATE --out DIR [--since PREVIOUS_DIR]: the statistics service's data release saved into DIR
/// (Parquet, CSV, codebook, manifest: see docs/releases.md); with --since, the delta against an earlier release in
/// DIR/delta. Exit 0, or 1 when the call or a check failed.
/// </summary>
internal static class ReleaseCommand
{
    public static Command Create(GatewayOptions gateway)
    {
        var asOf = StatsOptions.DateOption("--as-of", "Count what was known on this date, YYYY-MM-DD (default: today).");
        var output = new Option<string>("--out") { Description = "The folder to write the release into (created if missing).", HelpName = "DIR", Required = true };
        var since = new Option<string>("--since") { Description = "An earlier release's folder: also write the rows added, changed and removed since it into DIR/delta.", HelpName = "PREVIOUS_DIR" };
        var command = new Command("release", "A data release for the desk: Parquet and CSV tables, codebook and manifest (read scope).") { asOf, output, since };
        command.SetAction((parse, ct) => RpcFailure.GuardAsync(async () =>
        {
            var folder = parse.GetValue(output)!;
            var previous = parse.GetValue(since);
            if (previous is not null && !File.Exists(Path.Combine(previous, Mediazona.Releases.Writing.ReleaseWriter.DescriptionFile)))
            {
                await Console.Error.WriteLineAsync($"mzctl: {previous} holds no release (no release.json)");
                return 1;
            }
            using var channel = gateway.Open(parse);
            var request = new ExportReleaseRequest { AsOf = parse.GetValue(asOf)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "" };
            using var call = new StatisticsService.StatisticsServiceClient(channel).ExportRelease(request, cancellationToken: ct);
            try
            {
                var files = await ReleaseDownload.SaveAsync(call.ResponseStream, folder, ct);
                var release = await ReleaseReader.ReadAsync(folder, ct);
                await Console.Out.WriteLineAsync($"release as of {release.AsOf:yyyy-MM-dd} (rules {release.RulesVersion}, methodology {release.MethodologyVersion}): {files.Count} files in {folder}");
                foreach (var table in release.Tables)
                    await Console.Out.WriteLineAsync($"  {table.Spec.Name,-11} {table.Rows.Count,9:N0} rows");
                if (previous is not null)
                {
                    var before = await ReleaseReader.ReadAsync(previous, ct);
                    var deltas = ReleaseDelta.Between(before, release);
                    await DeltaWriter.WriteAsync(before, release, deltas, folder, ct);
                    await Console.Out.WriteLineAsync($"delta since {previous} in {Path.Combine(folder, DeltaWriter.Folder)}:");
                    foreach (var delta in deltas)
                        await Console.Out.WriteLineAsync($"  {delta.Spec.Name,-11} +{delta.Added.Count} -{delta.Removed.Count} ~{delta.ChangedRows}");
                }
                return 0;
            }
            catch (InvalidDataException ex)
            {
                await Console.Error.WriteLineAsync("mzctl: " + ex.Message);
                return 1;
            }
        }, Console.Error));
        return command;
    }
}
