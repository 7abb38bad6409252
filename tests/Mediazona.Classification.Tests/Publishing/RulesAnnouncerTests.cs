using MassTransit;
using MassTransit.Testing;
using Mediazona.Classification.Publishing;
using Mediazona.Classification.Rules;
using Mediazona.Classification.Tests.Rules;
using Mediazona.Contracts.Events.V1;
using Mediazona.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mediazona.Classification.Tests.Publishing;

public class RulesAnnouncerTests
{
    [Fact]
    public async Task Announces_the_active_version_with_its_effective_date_at_start()
    {
        await using var provider = new ServiceCollection()
            .AddSingleton(RuleBookTests.TestNextVersion)
            .AddLogging()
            .AddMassTransitTestHarness(bus => bus.UsingInMemory((context, cfg) =>
            {
                var protobuf = new ProtobufSerializerFactory();
                cfg.AddSerializer(protobuf, isSerializer: false);
                cfg.AddDeserializer(protobuf);
                cfg.Send<RulesActivated>(send => send.UseSerializer(ProtobufMessageSerializer.ProtobufContentType));
                cfg.ConfigureEndpoints(context);
            }))
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        using var announcer = new RulesAnnouncer(harness.Bus, RuleBookTests.TestNextVersion, NullLogger<RulesAnnouncer>.Instance);
        await announcer.StartAsync(CancellationToken.None);
        await announcer.ExecuteTask!;

        Assert.True(await harness.Published.Any<RulesActivated>());
        var message = Assert.Single(harness.Published.Select<RulesActivated>()).Context.Message;
        Assert.Equal((RuleBookTests.TestNextVersion.Version, "2030-01-01"), (message.RulesVersion, message.EffectiveFrom));
        await announcer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Retries_until_the_broker_accepts()
    {
        var calls = 0;
        Task Publish(CancellationToken _) => ++calls < 4 ? throw new InvalidOperationException("broker down") : Task.CompletedTask;

        var attempts = await RulesAnnouncer.PublishUntilAcceptedAsync(Publish, _ => TimeSpan.Zero, NullLogger.Instance, 1, CancellationToken.None);

        Assert.Equal((4, 4), (attempts, calls));
    }

    [Fact]
    public async Task Stops_retrying_when_the_host_stops()
    {
        using var stopping = new CancellationTokenSource();
        var calls = 0;
        Task Publish(CancellationToken _)
        {
            if (++calls == 2)
                stopping.Cancel(); // the host stops while the second attempt fails
            throw new InvalidOperationException("broker down");
        }

        await RulesAnnouncer.PublishUntilAcceptedAsync(Publish, attempt => attempt == 1 ? TimeSpan.Zero : TimeSpan.FromHours(1), NullLogger.Instance, 1, stopping.Token);

        Assert.Equal(2, calls);
    }

    [Fact]
    public void The_message_names_the_version_and_its_date()
    {
        var message = RulesAnnouncer.Message(RuleFile.LoadEmbedded());

        Assert.Equal((2, "2022-09-24"), (message.RulesVersion, message.EffectiveFrom));
    }
}
