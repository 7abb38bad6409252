using System.CommandLine;
using Mediazona.Cli.Gateway;
using Mediazona.Cli.Importing;
using Mediazona.Cli.Output;
using Mediazona.Cli.Planning;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Courts.Registry;
using Spectre.Console;

namespace Mediazona.Cli;

/// <summary>mzctl import: plan, send, report. Exit 0 when every batch was acknowledged, 1 when the gateway failed, 2 for bad paths.</summary>
internal static class ImportCommand
{
    public static Command Create(GatewayOptions gateway)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Card pages (.html, .htm), folders searched recursively for them, or .ndjson files of CourtCase JSON (one per line).",
            Arity = ArgumentArity.OneOrMore,
        };
        var batch = new Option<int>("--batch")
        {
            Description = "Records per request.",
            DefaultValueFactory = _ => 200,
        };
        batch.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1000)
                result.AddError("--batch must be between 1 and 1000 (ingestion takes at most 1000 records per request).");
        });

        var court = new Option<string>("--court")
        {
            Description = "Court code sent with every card page (e.g. 46GV0001): for pages of a court the registry does not know, "
                + "or whose own code is wrong. It wins over the code on the page; ingestion notes any disagreement.",
            HelpName = "CODE",
        };
        court.Validators.Add(result =>
        {
            if (ImportCourt.Parse(result.GetValueOrDefault<string>()) is null)
                result.AddError($"--court must be a court code like 77GV0020, not '{result.GetValueOrDefault<string>()}'.");
        });

        var import = new Command("import", "Import court card pages and structured cases through the gateway; re-running is harmless (UNCHANGED).")
        {
            paths, batch, court,
        };
        import.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(paths), parse.GetRequiredValue(gateway.Address), gateway.Key(parse), parse.GetValue(batch),
            ImportCourt.Parse(parse.GetValue(court)) ?? ImportCourt.Missing, cancellationToken));
        return import;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, Uri gateway, string apiKey, int batchSize, string courtCode, CancellationToken cancellationToken)
    {
        var files = new DiskFileTree();
        var plan = ImportPlanner.Plan(paths, files, batchSize);
        foreach (var problem in plan.Problems)
            await Console.Error.WriteLineAsync(problem.ToString());
        if (plan.HasFatalProblems)
            return 2;

        if (ImportCourt.Note(courtCode, CourtRegistry.Current) is { } note)
            await Console.Error.WriteLineAsync(note);

        using var channel = GatewayChannel.Open(gateway, apiKey);
        var importer = new Importer(new IngestionService.IngestionServiceClient(channel), files, RetryPolicy.Default, courtCode);
        Console.WriteLine($"{plan.Records} records in {plan.Batches.Count} batches to {gateway}");

        var summary = Console.IsOutputRedirected
            ? await importer.RunAsync(plan, new PlainProgress(Console.Out, plan.Batches.Count, plan.Records), cancellationToken)
            : await BarProgress.RunAsync(AnsiConsole.Console, plan.Records, progress => importer.RunAsync(plan, progress, cancellationToken));

        SummaryPrinter.Print(Console.Out, plan, summary);
        return summary.Failure is null ? 0 : 1;
    }
}
