using System.CommandLine;
using Google.Protobuf;
using Grpc.Core;
using Mediazona.Cli.Gateway;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Releases;

/// <summary>
/// mzctl verify RECEIPT: asks the question of a statistics answer's receipt again on today's data and prints "identical"
/// or what changed, case by case (read scope). Exit code 0 when identical, 3 when something changed.
/// </summary>
internal static class VerifyCommand
{
    public const int Changed = 3;
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static Command Create(GatewayOptions gateway)
    {
        var receipt = new Argument<string>("RECEIPT") { Description = "The receipt_id of a statistics answer." };
        var json = new Option<bool>("--json") { Description = "Print the VerifyReceipt response as protobuf JSON." };
        var command = new Command("verify", "Recompute the figure of a receipt on today's data: identical, or what changed case by case.") { receipt, json };
        command.SetAction((parse, cancellationToken) => RpcFailure.GuardAsync(async () =>
        {
            using var channel = gateway.Open(parse);
            var answer = await new StatisticsService.StatisticsServiceClient(channel).VerifyReceiptAsync(
                new VerifyReceiptRequest { ReceiptId = parse.GetRequiredValue(receipt) },
                new CallOptions(deadline: DateTime.UtcNow + Timeout, cancellationToken: cancellationToken));
            Console.Write(parse.GetValue(json) ? JsonFormatter.Default.Format(answer) + "\n" : Describe(answer));
            return answer.Identical ? 0 : Changed;
        }, Console.Error));
        return command;
    }

    /// <summary>"identical" or "changed: 1 case added, 2 cases revised", then a line per case.</summary>
    public static string Describe(VerifyReceiptResponse answer)
    {
        if (answer.Identical)
            return $"identical: the same cases at the same revisions and rules versions (data version {answer.DataVersion})\n";
        var counts = answer.Changes.GroupBy(c => c.Kind).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {(g.Count() == 1 ? "case" : "cases")} {Word(g.Key)}");
        var lines = answer.Changes.Select(c => c.Kind switch
        {
            ReceiptChangeKind.Added => $"  added         {c.CaseId} revision {c.NewRevision} {c.SourceUrl}",
            ReceiptChangeKind.Removed => $"  removed       {c.CaseId} revision {c.OldRevision} {c.SourceUrl}",
            ReceiptChangeKind.Revised => $"  revised       {c.CaseId} revision {c.OldRevision} → {c.NewRevision} {c.SourceUrl}",
            _ => $"  reclassified  {c.CaseId} rules {c.OldRulesVersion} → {c.NewRulesVersion}",
        });
        return $"changed: {string.Join(", ", counts)} (data version {answer.DataVersion}; today's receipt {answer.CurrentReceiptId})\n"
            + string.Join("", lines.Select(l => l.TrimEnd() + "\n"));
    }

    static string Word(ReceiptChangeKind kind) => kind switch
    {
        ReceiptChangeKind.Added => "added",
        ReceiptChangeKind.Removed => "removed",
        ReceiptChangeKind.Revised => "revised",
        _ => "reclassified",
    };
}
