using System.CommandLine;
using Grpc.Core;
using Mediazona.Cli.Gateway;
using Mediazona.Cli.Output;
using Mediazona.Contracts.Collection.V1;
using Mediazona.Courts.Registry;
using Spectre.Console;

namespace Mediazona.Cli.Collection;

/// <summary>
/// mzctl crawl: one collection pass now, through the gateway (admin scope), with progress on stderr and a table per
/// court at the end. Exit 0 when every court was collected, 2 when one was not (captcha, blocked, down, module off,
/// unknown layout), 1 when the call failed.
/// </summary>
internal static class CrawlCommand
{
    public const int NotCollected = 2;

    public static Command Create(GatewayOptions gateway)
    {
        var options = new CrawlOptions();
        var format = Statistics.StatsOptions.FormatOption();
        var command = new Command("crawl", "Collect now: walk the courts' search lists and cards and import every card (admin scope).");
        options.AddTo(command);
        command.Add(format);
        command.SetAction((parse, cancellationToken) => RpcFailure.GuardAsync(async () =>
        {
            using var channel = gateway.Open(parse);
            var request = options.Read(parse, CourtRegistry.Current);
            var client = new CollectionService.CollectionServiceClient(channel);
            if (parse.GetValue(options.Captcha))
                request.CaptchaAnswers.AddRange(await CaptchaPrompt.AskAsync(client, request, parse.GetValue(options.CaptchaFolder)!, Console.In, Console.Error, cancellationToken));
            using var call = client.Crawl(request, cancellationToken: cancellationToken);
            var finished = Console.IsErrorRedirected
                ? await CrawlProgress.PlainAsync(call.ResponseStream, Console.Error, cancellationToken)
                : await CrawlProgress.BarAsync(call.ResponseStream, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), cancellationToken);
            var response = new CrawlSummary();
            response.Courts.AddRange(finished);
            Printer.Print(parse.GetValue(format), response, () => [CrawlSheets.Of(finished)], Console.Out, Terminal.Stdout());
            return finished.All(CrawlSheets.Collected) ? 0 : NotCollected;
        }, Console.Error));
        return command;
    }
}
