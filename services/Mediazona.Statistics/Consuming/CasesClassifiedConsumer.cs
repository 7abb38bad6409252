using MassTransit;
using Mediazona.Contracts.Events.V1;
using Mediazona.Statistics.Projection;

namespace Mediazona.Statistics.Consuming;

/// <summary>Projects each batch of classified cases; a failure is retried by the bus (the writer is idempotent).</summary>
public sealed class CasesClassifiedConsumer(ProjectionWriter writer, ILogger<CasesClassifiedConsumer> logger) : IConsumer<CasesClassified>
{
    public async Task Consume(ConsumeContext<CasesClassified> context)
    {
        var result = await writer.ApplyAsync(context.Message, context.CancellationToken);
        logger.LogDebug("Projected batch: {Applied} applied, {Skipped} unchanged or older, {Rejected} rejected, data version {DataVersion}",
            result.Applied, result.Skipped, result.Rejected, result.DataVersion);
    }
}
