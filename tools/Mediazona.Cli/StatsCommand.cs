using System.CommandLine;
using Google.Protobuf;
using Grpc.Core;
using Mediazona.Cli.Gateway;
using Mediazona.Cli.Output;
using Mediazona.Cli.Statistics;
using Mediazona.Contracts.Statistics.V1;
using Client = Mediazona.Contracts.Statistics.V1.StatisticsService.StatisticsServiceClient;

namespace Mediazona.Cli;

/// <summary>mzctl stats QUERY: one statistics RPC through the gateway, printed as a table, JSON or CSV. Exit 0, or 1 when the call failed.</summary>
internal static class StatsCommand
{
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static Command Create(GatewayOptions gateway)
    {
        var options = new StatsOptions();
        var pageSize = new Option<int>("--page-size") { Description = "Rows per page, 1–1000.", DefaultValueFactory = _ => 100 };
        pageSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1000)
                result.AddError("--page-size must be between 1 and 1000.");
        });
        var pageToken = new Option<string>("--page-token") { Description = "Start at this page (the token printed after the previous one)." };
        var all = new Option<bool>("--all") { Description = "Follow the page tokens and print every row to the last page." };

        return new Command("stats", "Figures from the statistics service, through the gateway's gRPC port (read scope).")
        {
            Query("summary", "Headline figures: cases, defendants, verdicts, convictions, known sentences, suspended share; per category and article.",
                (Client c, GetSummaryRequest r, CallOptions o) => c.GetSummaryAsync(r, o), SummarySheets.Of),
            Query("monthly", "Cases received and verdicts given per month, the record month marked.",
                (Client c, GetMonthlyIntakeRequest r, CallOptions o) => c.GetMonthlyIntakeAsync(r, o), IntakeSheets.Monthly),
            Query("articles", "Cases, defendants, verdict cases and convicted defendants per article and part.",
                (Client c, GetArticleBreakdownRequest r, CallOptions o) => c.GetArticleBreakdownAsync(r, o), IntakeSheets.Breakdown),
            Query("sentences", "Per article: sentences by kind, suspended share, real and suspended terms (min, median, 90th percentile, max, histogram).",
                (Client c, GetSentenceStatsRequest r, CallOptions o) => c.GetSentenceStatsAsync(r, o), SentenceSheets.Of),
            Query("courts", "Per court: cases, verdicts, convictions, suspended share, longest terms.",
                (Client c, GetCourtBreakdownRequest r, CallOptions o) => c.GetCourtBreakdownAsync(r, o), CourtSheets.Breakdown),
            Query("transparency", "Verdicts with a published act and known sentences by source, per court.",
                (Client c, GetTransparencyRequest r, CallOptions o) => c.GetTransparencyAsync(r, o), CourtSheets.Transparent),
            QueryCommand("cases", "The per-defendant table behind every figure, a page at a time (--all: every page).",
                async (client, parse, filter, ct) =>
                {
                    var request = filter.To<ListCasesRequest>();
                    request.PageSize = parse.GetValue(pageSize);
                    request.PageToken = parse.GetValue(pageToken) ?? "";
                    var response = await CasePages.ReadAsync(client, request, parse.GetValue(all), Timeout, ct);
                    // JSON carries the token itself; after a table or CSV it goes to stderr, out of the data.
                    if (response.NextPageToken.Length > 0 && parse.GetValue(options.Format) != OutputFormat.Json)
                        await Console.Error.WriteLineAsync($"more rows: --page-token {response.NextPageToken} (or --all)");
                    return response;
                },
                CaseSheets.Of, pageSize, pageToken, all),
        };

        // One unary RPC that takes the filters as they are.
        Command Query<TRequest, TResponse>(string name, string description, Func<Client, TRequest, CallOptions, AsyncUnaryCall<TResponse>> rpc,
            Func<TResponse, IReadOnlyList<Sheet>> sheets) where TRequest : IMessage<TRequest>, new() where TResponse : IMessage =>
            QueryCommand(name, description, async (client, _, filter, ct) => await rpc(client, filter.To<TRequest>(), new CallOptions(deadline: Deadline(), cancellationToken: ct)), sheets);

        Command QueryCommand<T>(string name, string description, Func<Client, ParseResult, StatsFilter, CancellationToken, Task<T>> call,
            Func<T, IReadOnlyList<Sheet>> sheets, params Option[] extra) where T : IMessage
        {
            var command = new Command(name, description);
            options.AddTo(command);
            foreach (var option in extra)
                command.Add(option);
            command.SetAction((parse, cancellationToken) => RpcFailure.GuardAsync(async () =>
            {
                using var channel = gateway.Open(parse);
                var filter = options.Read(parse, defaultAsOf: DateOnly.FromDateTime(DateTime.Today));
                var response = await call(new Client(channel), parse, filter, cancellationToken);
                Printer.Print(parse.GetValue(options.Format), response, () => sheets(response), Console.Out, Terminal.Stdout());
                return 0;
            }, Console.Error));
            return command;
        }
    }

    static DateTime Deadline() => DateTime.UtcNow + Timeout;
}
