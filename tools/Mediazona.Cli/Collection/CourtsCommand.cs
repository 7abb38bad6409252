using System.CommandLine;
using Grpc.Core;
using Mediazona.Cli.Gateway;
using Mediazona.Cli.Output;
using Mediazona.Cli.Statistics;
using Mediazona.Contracts.Collection.V1;
using Mediazona.Contracts.Courts.V1;
using Mediazona.Courts.Registry;

namespace Mediazona.Cli.Collection;

/// <summary>mzctl courts: every military court with its collection health, as a table, JSON or CSV (read scope).</summary>
internal static class CourtsCommand
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static Command Create(GatewayOptions gateway)
    {
        var format = StatsOptions.FormatOption();
        var courts = CrawlOptions.CourtOption("Only this court, or a district or fleet court and every court under it; repeat for several.");
        var command = new Command("courts", "Every military court (the registry) with its collection health: status, cause, last success, last new case, expected intake.")
        {
            courts, format,
        };
        command.SetAction((parse, cancellationToken) => RpcFailure.GuardAsync(async () =>
        {
            using var channel = gateway.Open(parse);
            var options = new CallOptions(deadline: DateTime.UtcNow + Timeout, cancellationToken: cancellationToken);
            var codes = CourtFilter.Expand(parse.GetValue(courts) ?? [], CourtRegistry.Current);
            var registry = await new CourtsService.CourtsServiceClient(channel).ListCourtsAsync(new ListCourtsRequest(), options);
            var health = await new CollectionService.CollectionServiceClient(channel).ListCourtHealthAsync(new ListCourtHealthRequest { CourtCodes = { codes } }, options);
            if (codes.Count > 0)
            {
                var wanted = codes.ToHashSet(StringComparer.OrdinalIgnoreCase);
                var chosen = new ListCourtsResponse { RegistryVersion = registry.RegistryVersion };
                chosen.Courts.AddRange(registry.Courts.Where(c => wanted.Contains(c.Code)));
                registry = chosen;
            }
            Printer.Print(parse.GetValue(format), HealthSheets.Complete(registry, health), () => HealthSheets.Of(registry, health), Console.Out, Terminal.Stdout());
            return 0;
        }, Console.Error));
        return command;
    }
}
