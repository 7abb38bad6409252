using MassTransit;

namespace Mediazona.Classification.Consuming;

/// <summary>
/// Holds the answer back until the consume succeeds, so a failed attempt publishes nothing.
/// A redelivery after success may publish again: statistics keeps the latest revision per case, so that is harmless.
/// </summary>
public sealed class CasesRecordedConsumerDefinition : ConsumerDefinition<CasesRecordedConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CasesRecordedConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseInMemoryOutbox(context);
}
