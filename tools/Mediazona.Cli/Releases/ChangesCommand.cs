using System.CommandLine;
using System.Globalization;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Mediazona.Cli.Gateway;
using Mediazona.Cli.Statistics;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Courts.Registry;

namespace Mediazona.Cli.Releases;

/// <summary>mzctl changes --since DATE|VERSION [--court CODE...] [--json]: the changelog, every page of it (read scope).</summary>
internal static class ChangesCommand
{
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static Command Create(GatewayOptions gateway)
    {
        var since = new Option<string>("--since")
        {
            Description = "A day (YYYY-MM-DD, UTC) or a data version (a number, e.g. a release's data_version): the changes after it.",
            HelpName = "DATE|VERSION",
            Required = true,
        };
        var courts = new StatsOptions().Courts;
        var json = new Option<bool>("--json") { Description = "Print each ListChanges page as protobuf JSON, one a line." };
        var command = new Command("changes", "What changed in the counted cases since a day or a data version: new cases, revisions, outcomes "
            + "changed, acts published, reclassifications, cases removed; per data version and case by case.") { since, courts, json };
        command.SetAction((parse, cancellationToken) => RpcFailure.GuardAsync(async () =>
        {
            var text = parse.GetRequiredValue(since);
            var request = new ListChangesRequest { CourtCodes = { CourtFilter.Expand(parse.GetValue(courts) ?? [], CourtRegistry.Current) } };
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                request.SinceVersion = version;
            else
                request.Since = text;
            using var channel = gateway.Open(parse);
            var client = new StatisticsService.StatisticsServiceClient(channel);
            do
            {
                var page = await client.ListChangesAsync(request, new CallOptions(deadline: DateTime.UtcNow + Timeout, cancellationToken: cancellationToken));
                Console.Write(parse.GetValue(json) ? JsonFormatter.Default.Format(page) + "\n" : Describe(page));
                request.PageToken = page.NextPageToken;
            } while (request.PageToken.Length > 0);
            return 0;
        }, Console.Error));
        return command;
    }

    /// <summary>A line per data version with its counts, then a line per case.</summary>
    public static string Describe(ListChangesResponse page)
    {
        var text = new StringBuilder();
        foreach (var version in page.Versions)
        {
            var counts = new (long Count, string Word)[]
            {
                (version.NewCases, "new"), (version.Revisions, "revised"), (version.OutcomesChanged, "outcome changed"),
                (version.ActsPublished, "act published"), (version.Reclassified, "reclassified"), (version.Removed, "removed"),
            };
            text.Append(CultureInfo.InvariantCulture, $"data version {version.Version} ({version.At.ToDateTime():yyyy-MM-dd HH:mm:ss}Z): ")
                .AppendJoin(", ", counts.Where(c => c.Count > 0).Select(c => $"{c.Count} {c.Word}")).Append('\n');
            foreach (var change in page.Cases.Where(c => c.Version == version.Version))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {string.Join('+', change.Kinds.Select(Word)),-28} {change.CaseId} {change.CourtCode}")
                    .Append(CultureInfo.InvariantCulture, $" revision {Arrow(change.OldRevision, change.NewRevision)}")
                    .Append(change.OldOutcome != change.NewOutcome ? $", outcome {Arrow(change.OldOutcome, change.NewOutcome)}" : "")
                    .Append(change.OldRulesVersion != change.NewRulesVersion && change.OldRulesVersion > 0 ? $", rules {Arrow(change.OldRulesVersion, change.NewRulesVersion)}" : "")
                    .Append('\n');
            }
        }
        return text.Length == 0 ? "no changes\n" : text.ToString();
    }

    static string Arrow<T>(T old, T now) where T : notnull => Equals(old, now) || Equals(old, default(T)) ? $"{now}" : Equals(now, default(T)) ? $"{old} → none" : $"{old} → {now}";

    static string Word(CaseChangeKind kind) => kind switch
    {
        CaseChangeKind.NewCase => "new",
        CaseChangeKind.Revised => "revised",
        CaseChangeKind.OutcomeChanged => "outcome",
        CaseChangeKind.ActPublished => "act",
        CaseChangeKind.Reclassified => "reclassified",
        CaseChangeKind.Removed => "removed",
        _ => kind.ToString(),
    };
}
