using MassTransit;
using Mediazona.Contracts.Events.V1;
using Mediazona.Ingestion.Storage;

namespace Mediazona.Ingestion.Replay;

/// <summary>
/// A newer rule table was activated: republish every stored case once for it, so statistics is reclassified
/// without a re-ingest. Redeliveries, restarts of classification and other replicas find the version done.
/// </summary>
public sealed class RulesActivatedConsumer(ReplayStore replays, ILogger<RulesActivatedConsumer> logger) : IConsumer<RulesActivated>
{
    public async Task Consume(ConsumeContext<RulesActivated> context)
    {
        var message = context.Message;
        var outcome = await replays.ReplayForRulesAsync(message.RulesVersion, message.EffectiveFrom, ReplayStore.DefaultBatchSize, context.CancellationToken);
        if (outcome is null)
            logger.LogInformation("Rules version {Version} already replayed for (or older): nothing to do", message.RulesVersion);
        else
            logger.LogInformation("Rules version {Version}: queued {Cases} cases in {Batches} batches for reclassification", message.RulesVersion, outcome.CasesQueued, outcome.Batches);
    }
}
