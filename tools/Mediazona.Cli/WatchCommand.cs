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
/// mzctl watch: follows WatchSummary and prints the summary now and after every change until Ctrl-C (exit 0). When the
/// stream ends or the connection drops, it subscribes again after a pause (WatchRetry); a refused call (key, scope,
/// filters, too many watchers) is exit 1, and so is any end with --no-reconnect.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(GatewayOptions gateway)
    {
        var options = new StatsOptions();
        var noReconnect = new Option<bool>("--no-reconnect")
        {
            Description = "Exit with code 1 when the stream ends or the connection drops, instead of subscribing again.",
        };
        var command = new Command("watch",
            "Follow the summary: printed now, then again each time new data lands, until Ctrl-C. A refreshing table on a terminal; " +
            "a line per update when redirected; --format json: a JSON object per line; --format csv: a row per update. " +
            "Subscribes again when the stream ends or the gateway goes away (1 s, doubling to 30 s).");
        options.AddTo(command);
        command.Add(noReconnect);
        command.SetAction((parse, cancellationToken) => RpcFailure.GuardAsync(async () =>
        {
            using var channel = gateway.Open(parse);
            // Without --as-of the server counts as of its today, which moves on at midnight while we watch.
            var request = options.Read(parse, defaultAsOf: null).To<WatchSummaryRequest>();
            var client = new StatisticsService.StatisticsServiceClient(channel);
            var retry = parse.GetValue(noReconnect) ? WatchRetry.Off : WatchRetry.Default;
            Func<AsyncServerStreamingCall<WatchSummaryResponse>> subscribe = () => client.WatchSummary(request, cancellationToken: cancellationToken);
            var format = parse.GetValue(options.Format);
            if (format != OutputFormat.Table || Console.IsOutputRedirected)
                return await FollowAsync(subscribe, Printer(format, Console.Out), Console.Error, retry, cancellationToken);
            return await AnsiConsole.Console.Live(new Text("waiting for the first summary…")).StartAsync(live =>
                FollowAsync(subscribe, update =>
                {
                    var sheets = SummarySheets.Of(update.Summary ?? new GetSummaryResponse());
                    live.UpdateTarget(new Rows([.. sheets.Select(TableWriter.Build), new Text($"updated {Now()}; Ctrl-C to stop")]));
                    live.Refresh();
                }, Console.Error, retry, cancellationToken));
        }, Console.Error));
        return command;
    }

    /// <summary>
    /// Prints every update until cancelled (0). A stream that ends, or fails as a dropped connection does, is subscribed
    /// again after the retry's pause, with a line on stderr; without retries it is exit 1. Other failures throw.
    /// </summary>
    internal static async Task<int> FollowAsync(Func<AsyncServerStreamingCall<WatchSummaryResponse>> subscribe, Action<WatchSummaryResponse> print,
        TextWriter error, WatchRetry retry, CancellationToken cancellationToken)
    {
        var failures = 0; // in a row, without an update
        while (true)
        {
            string ended;
            using (var call = subscribe())
            {
                try
                {
                    while (await call.ResponseStream.MoveNext(cancellationToken))
                    {
                        print(call.ResponseStream.Current);
                        failures = 0;
                    }
                    ended = "the gateway ended the watch";
                }
                catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
                {
                    return 0;
                }
                catch (RpcException ex) when (retry.Enabled && WatchRetry.Transient(ex.StatusCode))
                {
                    ended = RpcFailure.Describe(ex);
                }
            }
            if (cancellationToken.IsCancellationRequested)
                return 0;
            if (!retry.Enabled)
            {
                await error.WriteLineAsync($"mzctl: {ended}");
                return 1;
            }
            var pause = WatchRetry.Pause(failures++);
            await error.WriteLineAsync($"mzctl: {ended}; watching again in {pause.TotalSeconds:0} s");
            try
            {
                await retry.Wait(pause, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return 0;
            }
        }
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
