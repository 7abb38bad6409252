// The suite's headline figures, read through the Mediazona.Client package.
//   dotnet run -- [summary|watch] [as-of]      (MZ_GATEWAY, default http://127.0.0.1:8081; MZ_API_KEY, default local-dev-key)
using Mediazona.Client;
using Mediazona.Contracts.Statistics.V1;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection().AddMediazonaClient(o =>
{
    o.Address = new Uri(Environment.GetEnvironmentVariable("MZ_GATEWAY") ?? "http://127.0.0.1:8081");
    o.ApiKey = Environment.GetEnvironmentVariable("MZ_API_KEY") ?? "local-dev-key";
}).BuildServiceProvider();
var statistics = services.GetRequiredService<StatisticsService.StatisticsServiceClient>();
var asOf = args.Length > 1 ? args[1] : "";

try
{
    if (args.FirstOrDefault() == "watch")
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        using var watch = statistics.WatchSummary(new WatchSummaryRequest { AsOf = asOf }, cancellationToken: stop.Token);
        while (await watch.ResponseStream.MoveNext(stop.Token))
            Print(watch.ResponseStream.Current.Summary);
    }
    else
    {
        // The summary and the monthly intake of one data version, so that both describe the same cases.
        var (summary, monthly) = await ConsistentRead.ReadAsync(
            ct => statistics.GetSummaryAsync(new GetSummaryRequest { AsOf = asOf }, cancellationToken: ct).ResponseAsync,
            ct => statistics.GetMonthlyIntakeAsync(new GetMonthlyIntakeRequest { AsOf = asOf }, cancellationToken: ct).ResponseAsync);
        Print(summary);
        Console.WriteLine($"months with cases: {monthly.Months.Count}");
    }
    return 0;
}
catch (MediazonaAccessDeniedException refused)
{
    Console.Error.WriteLine(refused.Message);
    return 2;
}
catch (OperationCanceledException)
{
    return 0;
}

static void Print(GetSummaryResponse s) => Console.WriteLine(
    $"as of {s.AsOf} (data version {s.DataVersion}): {s.Cases} cases, {s.VerdictCases} with a verdict, {s.PendingCases} pending, " +
    $"{s.ConvictedDefendants} convicted, {s.SuspendedShare:P0} of known sentences suspended");
