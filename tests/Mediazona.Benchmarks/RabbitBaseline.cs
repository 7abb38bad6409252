using Mediazona.Testing;
using System.Diagnostics;
using Google.Protobuf;
using Mediazona.Contracts.Events.V1;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Mediazona.Benchmarks;

/// <summary>
/// The raw baseline: plain RabbitMQ.Client moving one protobuf message per case, persistent, with publisher
/// confirms and manual acks, through quorum queues: 1 hop (publish → consume) or 2 hops (publish → relay → consume).
/// </summary>
static class RabbitBaseline
{
    const int ConfirmWindow = 512;

    public static async Task<double> MessagesPerSecondAsync(Settings settings, int hops, CancellationToken cancellationToken)
    {
        var bodies = Enumerable.Range(0, settings.Cases)
            .Select(i => new CasesRecorded { Cases = { new CaseRecorded { Case = SyntheticCases.Case(i, ["99GV0001"], "raw") } } }.ToByteArray())
            .ToList();
        // Concurrent dispatch lets the relay keep many publishes awaiting their confirms at once, as a real relay would.
        var factory = new ConnectionFactory { Uri = new Uri(settings.RabbitMq), ConsumerDispatchConcurrency = 128 };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        var queues = new List<string>();
        for (var h = 0; h < hops; h++)
            queues.Add(await DeclareAsync(connection, $"mz-bench-{Guid.NewGuid():N}", cancellationToken));

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = 0;
        var channels = new List<IChannel>();
        try
        {
            // Relays: consume hop h, publish to hop h+1, ack after the broker confirmed.
            for (var h = 0; h + 1 < hops; h++)
            {
                var inbound = await connection.CreateChannelAsync(
                    new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, consumerDispatchConcurrency: 128),
                    cancellationToken);
                channels.Add(inbound);
                await inbound.BasicQosAsync(0, 256, false, cancellationToken);
                var target = queues[h + 1];
                var relay = new AsyncEventingBasicConsumer(inbound);
                relay.ReceivedAsync += async (_, delivery) =>
                {
                    await inbound.BasicPublishAsync("", target, true, new BasicProperties { Persistent = true, ContentType = "application/x-protobuf" }, delivery.Body, cancellationToken);
                    await inbound.BasicAckAsync(delivery.DeliveryTag, false, cancellationToken);
                };
                await inbound.BasicConsumeAsync(queues[h], false, relay, cancellationToken);
            }

            var last = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            channels.Add(last);
            await last.BasicQosAsync(0, 256, false, cancellationToken);
            var consumer = new AsyncEventingBasicConsumer(last);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                _ = CasesRecorded.Parser.ParseFrom(delivery.Body.Span);
                await last.BasicAckAsync(delivery.DeliveryTag, false, cancellationToken);
                if (Interlocked.Increment(ref received) == bodies.Count)
                    done.TrySetResult();
            };
            await last.BasicConsumeAsync(queues[^1], false, consumer, cancellationToken);

            var publisher = await connection.CreateChannelAsync(options, cancellationToken);
            channels.Add(publisher);
            var clock = Stopwatch.StartNew();
            var inFlight = new List<Task>(ConfirmWindow);
            foreach (var body in bodies)
            {
                inFlight.Add(publisher.BasicPublishAsync("", queues[0], true, new BasicProperties { Persistent = true, ContentType = "application/x-protobuf" }, body, cancellationToken).AsTask());
                if (inFlight.Count == ConfirmWindow)
                {
                    await Task.WhenAll(inFlight);
                    inFlight.Clear();
                }
            }
            await Task.WhenAll(inFlight);
            await done.Task.WaitAsync(TimeSpan.FromMinutes(10), cancellationToken);
            return bodies.Count / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            var cleanup = await connection.CreateChannelAsync(cancellationToken: CancellationToken.None);
            foreach (var queue in queues)
                await cleanup.QueueDeleteAsync(queue, cancellationToken: CancellationToken.None);
            await cleanup.DisposeAsync();
            foreach (var channel in channels)
                await channel.DisposeAsync();
        }
    }

    static async Task<string> DeclareAsync(IConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(name, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
        return name;
    }
}
