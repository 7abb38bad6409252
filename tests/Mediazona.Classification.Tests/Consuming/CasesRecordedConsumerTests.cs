using Mediazona.ServiceDefaults.Telemetry;
using MassTransit;
using MassTransit.Testing;
using Mediazona.Classification.Consuming;
using Mediazona.Classification.Rules;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Events.V1;
using Mediazona.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Mediazona.Classification.Tests.Consuming;

public class CasesRecordedConsumerTests
{
    static CaseRecorded Recorded(int i, string charges) => new()
    {
        Case = new CourtCase
        {
            Court = new Court { Code = "46GV0001" },
            CaseNumber = $"1-{i}/2023",
            OutcomeRaw = "Вынесен ПРИГОВОР",
            Defendants = { new Defendant { Ordinal = 1, Name = $"Д{i}", ChargesRaw = charges } },
        },
        Revision = new Revision { CaseId = $"case-{i}", Number = 1, ContentHash = $"hash-{i}" },
    };

    [Fact]
    public async Task One_recorded_batch_of_N_cases_yields_one_classified_batch_of_N_in_order()
    {
        await using var provider = new ServiceCollection()
            .AddSingleton(RuleFile.LoadEmbedded())
            .AddLogging()
            .AddMetrics()
            .AddSingleton<SuiteMetrics>()
            .AddMassTransitTestHarness(bus =>
            {
                bus.AddConsumer<CasesRecordedConsumer, CasesRecordedConsumerDefinition>();
                bus.UsingInMemory((context, cfg) =>
                {
                    // The harness's default JSON cannot fill a generated message's get-only repeated fields: use protobuf, as the real bus does.
                    var protobuf = new ProtobufSerializerFactory();
                    cfg.AddSerializer(protobuf, isSerializer: false);
                    cfg.AddDeserializer(protobuf);
                    cfg.Send<CasesRecorded>(send => send.UseSerializer(ProtobufMessageSerializer.ProtobufContentType));
                    cfg.Send<CasesClassified>(send => send.UseSerializer(ProtobufMessageSerializer.ProtobufContentType));
                    cfg.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        var batch = new CasesRecorded { Cases = { Recorded(1, "ст.337 ч.5 УК РФ"), Recorded(2, "ст.228 ч.2 УК РФ"), Recorded(3, "ч.3 ст.338 УК РФ") } };
        await harness.Bus.Publish(batch);

        Assert.True(await harness.GetConsumerHarness<CasesRecordedConsumer>().Consumed.Any<CasesRecorded>());
        Assert.True(await harness.Published.Any<CasesClassified>());
        var published = Assert.Single(harness.Published.Select<CasesClassified>());
        var classified = published.Context.Message.Cases.Select(c => c.Classification).ToList();
        Assert.Equal(["case-1", "case-2", "case-3"], classified.Select(c => c.CaseId));
        Assert.Equal([true, false, true], classified.Select(c => c.MobilisationEra));
        Assert.Equal([Category.Awol, Category.NonMilitary, Category.Desertion], classified.Select(c => c.Defendants[0].Primary.Category));
        Assert.False(await harness.Published.Any<Fault<CasesRecorded>>());
    }
}
