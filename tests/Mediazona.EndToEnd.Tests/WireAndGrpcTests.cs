using Grpc.Net.Client;
using Mediazona.Contracts.Events.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using RabbitMQ.Client;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests;

[Collection(SuiteCollection.Name)]
public sealed class WireAndGrpcTests(SuiteFixture suite)
{
    /// <summary>MassTransit names a message type's exchange "namespace:type".</summary>
    const string CasesRecordedExchange = "Mediazona.Contracts.Events.V1:CasesRecorded";

    [Fact]
    public async Task Cases_recorded_travel_the_broker_as_protobuf_bytes()
    {
        var factory = new ConnectionFactory { Uri = new Uri(suite.RabbitMq) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(CasesRecordedExchange, ExchangeType.Fanout, durable: true);
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(queue.QueueName, CasesRecordedExchange, "");

        var court = NewCourtCode();
        using var api = new JsonApi(suite.GatewayHttp);
        var submitted = await api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit",
            new SubmitCasesRequest { Cases = { Case(court, "1-7/2023", "2023-03-03", Defendant(1, "ст.337 ч.5 УК РФ")) } });
        var caseId = submitted.Results.Single().CaseId;

        var (contentType, recorded) = await Eventually.Until(async () =>
        {
            var message = await channel.BasicGetAsync(queue.QueueName, autoAck: true);
            return message is null
                ? (null, null)
                : (message.BasicProperties.ContentType, CasesRecorded.Parser.ParseFrom(message.Body.Span));
        }, m => m.Item2?.Cases.Any(c => c.Revision.CaseId == caseId) == true, suite, TimeSpan.FromSeconds(30));

        Assert.Equal("application/x-protobuf", contentType);
        var ours = recorded!.Cases.Single(c => c.Revision.CaseId == caseId);
        Assert.Equal(court, ours.Case.Court.Code);
        Assert.Equal("1-7/2023", ours.Case.CaseNumber);
        Assert.Equal(1, ours.Revision.Number);
        Assert.Equal(64, ours.Revision.ContentHash.Length);
    }

    [Fact]
    public async Task Grpc_clients_reach_every_service_through_the_gateway_h2c_port()
    {
        using var channel = SuiteKeys.Channel(suite.GatewayGrpc);
        var ingestion = new IngestionService.IngestionServiceClient(channel);
        var statistics = new StatisticsService.StatisticsServiceClient(channel);
        var classification = new Mediazona.Contracts.Classification.V1.ClassificationService.ClassificationServiceClient(channel);

        var court = NewCourtCode();
        var reply = await ingestion.SubmitCasesAsync(new SubmitCasesRequest
        {
            Cases = { Case(court, "1-8/2023", "2023-03-04", Defendant(1, "ст.334 ч.3 УК РФ; ст.336 ч.2 УК РФ")) },
        });
        Assert.Equal(RecordStatus.New, reply.Results.Single().Status);

        var summary = await Eventually.Until(
            async () => await statistics.GetSummaryAsync(new GetSummaryRequest { AsOf = "2023-04-03", CourtCodes = { court } }),
            s => s.Cases == 1, suite);
        Assert.Equal(1, summary.ByCategory.Single(c => c.Category == Contracts.Cases.V1.Category.ViolenceAgainstSuperior).Cases);

        var preview = await classification.ClassifyAsync(new Contracts.Classification.V1.ClassifyRequest
        {
            Case = Case(court, "1-9/2023", "2023-03-05", Defendant(1, "ч. 5 ст. 337 УК РФ")),
        });
        Assert.True(preview.Classification.MobilisationEra);
        Assert.Equal(Contracts.Cases.V1.AwolDuration.OverMonth, preview.Classification.Defendants.Single().Primary.AwolDuration);

        var found = await ingestion.GetCaseAsync(new GetCaseRequest { CourtCode = court, CaseNumber = "1-8/2023" });
        Assert.Equal(reply.Results.Single().CaseId, found.Revision.CaseId);
    }
}
