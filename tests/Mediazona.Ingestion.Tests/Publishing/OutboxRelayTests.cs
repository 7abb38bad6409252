using Mediazona.ServiceDefaults.Telemetry;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using MassTransit;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Events.V1;
using Mediazona.Ingestion.Intake;
using Mediazona.Ingestion.Publishing;
using Mediazona.Ingestion.Storage;
using Mediazona.Ingestion.Tests.Support;
using Mediazona.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client;

namespace Mediazona.Ingestion.Tests.Publishing;

/// <summary>The relay against real PostgreSQL and RabbitMQ (MZ_TEST_RABBITMQ): stored batches reach a consumer as protobuf.</summary>
public sealed class OutboxRelayTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    readonly Channel<CasesRecorded> received = Channel.CreateUnbounded<CasesRecorded>();
    readonly string serviceName = $"relay-test-{Guid.NewGuid():N}";
    string rabbit = "";
    IHost host = null!;

    /// <summary>Trace id seen by the consumer, per case number.</summary>
    static readonly ConcurrentDictionary<string, ActivityTraceId> ConsumedIn = new();

    sealed class Capture(Channel<CasesRecorded> received) : IConsumer<CasesRecorded>
    {
        public async Task Consume(ConsumeContext<CasesRecorded> context)
        {
            if (Activity.Current is { } activity)
            {
                foreach (var recorded in context.Message.Cases)
                    ConsumedIn[recorded.Case.CaseNumber] = activity.TraceId;
            }
            await received.Writer.WriteAsync(context.Message);
        }
    }

    public async Task InitializeAsync()
    {
        rabbit = Environment.GetEnvironmentVariable("MZ_TEST_RABBITMQ") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "MZ_TEST_RABBITMQ is not set: this test needs a real RabbitMQ (e.g. \"amqp://guest:guest@127.0.0.1:45672/\")");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:RabbitMq"] = rabbit;
        builder.Services.AddSingleton(received);
        // A unique service name gives this test its own queue, so no other message reaches it.
        builder.AddMediazonaBus(serviceName, bus => bus.AddConsumer<Capture>());
        // The queue must be bound before anything is published, or the message is routed past it.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        host = builder.Build();
        await host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
            await DeleteQueueAsync();
        }
    }

    /// <summary>The test's durable queue and exchange would otherwise collect every later CasesRecorded.</summary>
    async Task DeleteQueueAsync()
    {
        var name = $"{serviceName}-capture";
        await using var connection = await new ConnectionFactory { Uri = new Uri(rabbit) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(name);
        await channel.ExchangeDeleteAsync(name);
    }

    OutboxRelay Relay() => new(database.DataSource, host.Services.GetRequiredService<IBus>(), Metrics, NullLogger<OutboxRelay>.Instance);

    static readonly SuiteMetrics Metrics = new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());

    async Task<long?> StoreAsync(params CourtCase[] cases)
    {
        var sorted = CaseIntake.Sort(cases, TestCases.Today);
        var outcome = await new CaseStore(database.DataSource).RecordBatchAsync(sorted.Accepted, sorted.Rejected, RevisionOrigin.Structured, "test", CancellationToken.None);
        return outcome.OutboxId;
    }

    async Task<CasesRecorded> NextAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        return await received.Reader.ReadAsync(patience.Token);
    }

    [Fact]
    public async Task The_relay_publishes_waiting_rows_and_deletes_them()
    {
        await StoreAsync(TestCases.Valid(caseNumber: "3-1/2024"), TestCases.Valid(caseNumber: "3-2/2024"));
        await StoreAsync(TestCases.Valid(caseNumber: "3-3/2024"));

        var relayed = await Relay().RelayOnceAsync(CancellationToken.None);

        Assert.Equal(2, relayed);
        Assert.Equal(0L, await database.ScalarAsync<long>("select count(*) from outbox"));
        var batches = new[] { await NextAsync(), await NextAsync() };
        Assert.Equal(["3-1/2024", "3-2/2024", "3-3/2024"], batches.SelectMany(b => b.Cases).Select(c => c.Case.CaseNumber).Order());
        Assert.All(batches.SelectMany(b => b.Cases), c => Assert.Equal(1, c.Revision.Number));
    }

    [Fact]
    public async Task The_running_relay_delivers_a_stored_batch()
    {
        using var stop = new CancellationTokenSource();
        var relay = Relay();
        await relay.StartAsync(stop.Token);
        try
        {
            await StoreAsync(TestCases.Valid(caseNumber: "3-4/2024"));
            var batch = await NextAsync();
            Assert.Equal("3-4/2024", Assert.Single(batch.Cases).Case.CaseNumber);
        }
        finally
        {
            await relay.StopAsync(CancellationToken.None);
            relay.Dispose();
        }
    }

    [Fact]
    public async Task The_consumer_continues_the_trace_of_the_request_that_stored_the_batch()
    {
        // Listening makes the sources (ours and MassTransit's) create activities, as OpenTelemetry does in the hosts.
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        ActivityTraceId requestTrace;
        using (var request = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            requestTrace = request.TraceId;
            await StoreAsync(TestCases.Valid(caseNumber: "3-5/2024"));
        }
        Assert.Null(Activity.Current);

        await Relay().RelayOnceAsync(CancellationToken.None);
        // At least once: a row an earlier test's relay published but was stopped before deleting comes again first.
        var batch = await NextAsync();
        while (batch.Cases.All(c => c.Case.CaseNumber != "3-5/2024"))
            batch = await NextAsync();

        Assert.Equal("3-5/2024", Assert.Single(batch.Cases).Case.CaseNumber);
        Assert.Equal(requestTrace, ConsumedIn["3-5/2024"]);
    }
}
