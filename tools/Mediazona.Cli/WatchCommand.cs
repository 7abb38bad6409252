using System.CommandLine;
using System.Globalization;
using Grpc.Core;
using Mediazona.Cli.Gateway;
using Mediazona.Cli.Output;
using Mediazona.Cli.Statistics;
using Mediazona.Contracts.Statistics.V1;
using Spectre.Console;

namespace Mediazona.Cli;

/// <summary>
/// mzctl watch: follows WatchSummary and prints the summary now and after every change until Ctrl-C (exit 0); exit 1 when
/// the call fails or the gateway ends the stream.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(GatewayOptions gateway)
    {
        var options = new StatsOptions();
        var command = new Command("watch",
            "Follow the summary: printed now, then again each time new data lands, until Ctrl-C. A refreshing table on a terminal; " +
            "a line per update when redirected; --format json: a JSON object per line; --format csv: a row per update.");
        options.AddTo(command);
        command.SetAction((parse, cancellationToken) => RpcFailure.GuardAsync(async () =>
        {
            using var channel = gateway.Open(parse);
            // Without --as-of the server counts as of its today, which moves on at midnight while we watch.
            var request = options.Read(parse, defaultAsOf: null).To<WatchSummaryRequest>();
            using var call = new StatisticsService.StatisticsServiceClient(channel).WatchSummary(request, cancellationToken: cancellationToken);
            var format = parse.GetValue(options.Format);
            if (format != OutputFormat.Table || Console.IsOutputRedirected)
                return await FollowAsync(call.ResponseStream, Printer(format, Console.Out), Console.Error, cancellationToken);
            return await AnsiConsole.Console.Live(new Text("waiting for the first summary…")).StartAsync(live =>
                FollowAsync(call.ResponseStream, update =>
                {
                    var sheets = SummarySheets.Of(update.Summary ?? new GetSummaryResponse());
                    live.UpdateTarget(new Rows([.. sheets.Select(TableWriter.Build), new Text($"updated {Now()}; Ctrl-C to stop")]));
                    live.Refresh();
                }, Console.Error, cancellationToken));
        }, Console.Error));
        return command;
    }

    /// <summary>Prints every update until cancelled (0) or until the stream ends (1); a failed call throws RpcException.</summary>
    internal static async Task<int> FollowAsync(IAsyncStreamReader<WatchSummaryResponse> stream, Action<WatchSummaryResponse> print,
        TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            while (await stream.MoveNext(cancellationToken))
                print(stream.Current);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
        {
            return 0;
        }
        if (cancellationToken.IsCancellationRequested)
            return 0;
        await error.WriteLineAsync("mzctl: the gateway ended the watch");
        return 1;
    }

    /// <summary>json: one compact object per line; csv: the header, then a row per update; table on a pipe: a line per update.</summary>
    internal static Action<WatchSummaryResponse> Printer(OutputFormat format, TextWriter output)
    {
        var headerWritten = false;
        return update =>
        {
            if (format == OutputFormat.Json)
            {
                output.WriteLine(Output.Printer.Json(update, indented: false));
                return;
            }
            var sheet = SummarySheets.Figures(update.Summary ?? new GetSummaryResponse());
            if (format == OutputFormat.Csv)
            {
                if (!headerWritten)
                    output.Write(CsvWriter.Header(sheet));
                headerWritten = true;
                output.Write(CsvWriter.Line(sheet.Rows[0]));
                return;
            }
            output.WriteLine($"{Now()} {TableWriter.Line(sheet, sheet.Rows[0])}");
        };
    }

    static string Now() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
