using Google.Protobuf;
using Mediazona.Client;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Samples.Worker;

/// <summary>Reads the summary and the per-court breakdown of one data version, logs them and keeps the digest's size.</summary>
sealed class DigestWorker(StatisticsService.StatisticsServiceClient statistics, IConfiguration configuration, IHostApplicationLifetime lifetime,
    ILogger<DigestWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var once = configuration.GetValue<bool>("once");
        var interval = configuration.GetValue("Mediazona:Interval", TimeSpan.FromMinutes(1));
        do
        {
            var (summary, courts) = await ConsistentRead.ReadAsync(
                ct => statistics.GetSummaryAsync(new GetSummaryRequest(), cancellationToken: ct).ResponseAsync,
                ct => statistics.GetCourtBreakdownAsync(new GetCourtBreakdownRequest(), cancellationToken: ct).ResponseAsync,
                cancellationToken: stoppingToken);
            var digest = new Digest { Summary = summary, Courts = courts };
            log.LogInformation("data version {Version}: {Cases} cases in {Courts} courts; digest of {Bytes} bytes",
                summary.DataVersion, summary.Cases, courts.Courts.Count, digest.CalculateSize());
            if (once)
                break;
            await Task.Delay(interval, stoppingToken);
        }
        while (!stoppingToken.IsCancellationRequested);
        lifetime.StopApplication();
    }
}
