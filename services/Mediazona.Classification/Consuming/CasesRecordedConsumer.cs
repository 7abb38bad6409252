using MassTransit;
using Mediazona.Classification.Classifying;
using Mediazona.Classification.Rules;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Events.V1;
using Mediazona.ServiceDefaults.Telemetry;

namespace Mediazona.Classification.Consuming;

/// <summary>Classifies a stored batch and answers with one batch: one CaseClassified per recorded case, in the same order.</summary>
public sealed class CasesRecordedConsumer(RuleTable rules, SuiteMetrics metrics, ILogger<CasesRecordedConsumer> logger) : IConsumer<CasesRecorded>
{
    public async Task Consume(ConsumeContext<CasesRecorded> context)
    {
        var recorded = context.Message.Cases;
        if (recorded.Count == 0)
            return;

        var classified = new CasesClassified();
        foreach (var item in recorded)
            classified.Cases.Add(new CaseClassified { Classification = CaseClassifier.Classify(item.Case ?? new CourtCase(), item.Revision, rules) });

        await context.Publish(classified, context.CancellationToken);
        metrics.RecordCases("classified", recorded.Count);
        logger.LogDebug("Classified {Count} cases (replay: {Replay}) with rules v{Version}", recorded.Count, context.Message.Replay, rules.Version);
    }
}
