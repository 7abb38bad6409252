using MassTransit;
using MassTransit.Testing;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Events.V1;
using Mediazona.Ingestion.Intake;
using Mediazona.Ingestion.Replay;
using Mediazona.Ingestion.Storage;
using Mediazona.Ingestion.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mediazona.Ingestion.Tests.Replay;

/// <summary>Replay and RulesActivated against a real PostgreSQL; each test gets its own database.</summary>
public sealed class ReplayTests : IAsyncLifetime
{
    readonly PostgresDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    async Task StoreAsync(params CourtCase[] cases)
    {
        var sorted = CaseIntake.Sort(cases, TestCases.Today);
        await new CaseStore(database.DataSource).RecordBatchAsync(sorted.Accepted, sorted.Rejected, RevisionOrigin.Structured, "test", CancellationToken.None);
    }

    /// <summary>Five cases, one of them at revision 2.</summary>
    async Task<List<string>> StoreFiveAsync()
    {
        var cases = Enumerable.Range(1, 5).Select(i => TestCases.Valid(caseNumber: $"5-{i}/2024")).ToArray();
        await StoreAsync(cases);
        var changed = cases[2].Clone();
        changed.Category = "Дезертирство";
        await StoreAsync(changed);
        return await database.ColumnAsync<string>("select case_id from cases order by case_id");
    }

    async Task<List<CasesRecorded>> OutboxAfterAsync(long mark) =>
        (await database.ColumnAsync<byte[]>("select payload from outbox where id > $1 order by id", mark)).Select(CasesRecorded.Parser.ParseFrom).ToList();

    [Fact]
    public async Task Replay_queues_the_latest_revision_of_every_case_once_in_batches()
    {
        var ids = await StoreFiveAsync();
        var mark = await database.OutboxMarkAsync();

        var outcome = await new ReplayStore(database.DataSource).ReplayAllAsync(2, CancellationToken.None);

        var batches = await OutboxAfterAsync(mark);
        Assert.Equal((5L, 3), (outcome.CasesQueued, outcome.Batches));
        Assert.Equal([2, 2, 1], batches.Select(b => b.Cases.Count));
        Assert.All(batches, b => Assert.True(b.Replay));
        var replayed = batches.SelectMany(b => b.Cases).ToList();
        Assert.Equal(ids, replayed.Select(c => c.Revision.CaseId));
        var changed = replayed.Single(c => c.Case.CaseNumber == "5-3/2024");
        Assert.Equal((2, "Дезертирство"), (changed.Revision.Number, changed.Case.Category));
    }

    [Fact]
    public async Task Replay_of_an_empty_store_queues_nothing()
    {
        var outcome = await new ReplayStore(database.DataSource).ReplayAllAsync(0, CancellationToken.None);
        Assert.Equal((0L, 0), (outcome.CasesQueued, outcome.Batches));
        Assert.Equal(0L, await database.ScalarAsync<long>("select count(*) from outbox"));
    }

    [Fact]
    public async Task A_rules_version_is_replayed_for_once_even_when_announced_concurrently()
    {
        await StoreFiveAsync();
        var mark = await database.OutboxMarkAsync();
        var store = new ReplayStore(database.DataSource);

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => store.ReplayForRulesAsync(3, "2024-01-01", 200, CancellationToken.None)));
        var older = await store.ReplayForRulesAsync(2, "2023-01-01", 200, CancellationToken.None);
        var newer = await store.ReplayForRulesAsync(4, "2024-06-01", 200, CancellationToken.None);

        Assert.Equal(5L, Assert.Single(concurrent, o => o is not null)!.CasesQueued);
        Assert.Null(older);
        Assert.Equal(5L, newer!.CasesQueued);
        Assert.Equal(10, (await OutboxAfterAsync(mark)).Sum(b => b.Cases.Count));
        Assert.Equal([3, 4], await database.ColumnAsync<int>("select rules_version from rules_replays order by rules_version"));
    }

    [Fact]
    public async Task The_consumer_replays_once_per_version_on_redelivery()
    {
        await StoreFiveAsync();
        var mark = await database.OutboxMarkAsync();
        await using var provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton(new ReplayStore(database.DataSource))
            .AddMassTransitTestHarness(bus => bus.AddConsumer<RulesActivatedConsumer>())
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        try
        {
            var consumer = harness.GetConsumerHarness<RulesActivatedConsumer>();
            await harness.Bus.Publish(new RulesActivated { RulesVersion = 7, EffectiveFrom = "2024-05-01" });
            await harness.Bus.Publish(new RulesActivated { RulesVersion = 7, EffectiveFrom = "2024-05-01" });

            Assert.True(await consumer.Consumed.Any<RulesActivated>(m => m.Context.Message.RulesVersion == 7));
            // Both deliveries consumed (or faulted): wait on the harness's own record of them, not on a clock.
            Assert.Equal(2, await CountConsumedAsync(consumer));
            Assert.False(await harness.Published.Any<Fault<RulesActivated>>());
        }
        finally
        {
            await harness.Stop();
        }
        var batches = await OutboxAfterAsync(mark);
        Assert.Equal(5, batches.Sum(b => b.Cases.Count));
        Assert.Equal([7], await database.ColumnAsync<int>("select rules_version from rules_replays"));
    }

    static async Task<int> CountConsumedAsync(IConsumerTestHarness<RulesActivatedConsumer> consumer)
    {
        // Consumed.SelectAsync waits (up to the harness's test timeout) for each expected message.
        var count = 0;
        await foreach (var _ in consumer.Consumed.SelectAsync<RulesActivated>())
        {
            if (++count == 2)
                break;
        }
        return count;
    }
}
