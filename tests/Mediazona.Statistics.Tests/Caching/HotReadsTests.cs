using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Caching;
using Mediazona.Statistics.DataVersion;
using Mediazona.Statistics.Projection;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Mediazona.Statistics.Tests.Caching;

/// <summary>Replicas that learn the data version by notification: cached answers cost no I/O and are never stale.</summary>
public class HotReadsTests(StatisticsDatabase db) : IClassFixture<StatisticsDatabase>
{
    // Each test counts the cases of a court of its own (the tests share the database).
    static CaseClassification Awol(string id, string court) =>
        Cards.Case(id, court, "2023-01-10", Outcome.Pending, "", Cards.Defendant(1, Cards.Charge("337", "5")));

    static GetSummaryRequest Request(string court) => new() { AsOf = "2023-04-03", CourtCodes = { court } };

    /// <summary>One replica's view of the data version, kept by its own listener.</summary>
    sealed class Replica : IAsyncDisposable
    {
        public required DataVersionSource Versions { get; init; }
        public required DataVersionListener Listener { get; init; }

        public static async Task<Replica> StartAsync(NpgsqlDataSource listenOn, NpgsqlDataSource readFrom)
        {
            var versions = new DataVersionSource(new DataVersionQuery(readFrom));
            var listener = new DataVersionListener(listenOn, versions, NullLogger<DataVersionListener>.Instance);
            await listener.StartAsync(CancellationToken.None);
            for (var attempt = 0; attempt < 200 && !versions.Listening; attempt++)
                await Task.Delay(25);
            Assert.True(versions.Listening, "the listener did not connect");
            return new Replica { Versions = versions, Listener = listener };
        }

        public async ValueTask DisposeAsync()
        {
            await Listener.StopAsync(CancellationToken.None);
            Listener.Dispose();
        }
    }

    [Fact]
    public async Task A_cached_summary_is_answered_without_postgresql_or_redis()
    {
        const string court = "47GV0001";
        await db.Writer.ApplyAsync(Cards.Batch(Awol("h1", court), Awol("h2", court)), CancellationToken.None);
        await using var redis = await Services.RedisAsync();
        var handlerSource = NpgsqlDataSource.Create(db.DataSource.ConnectionString);
        await using var replica = await Replica.StartAsync(db.DataSource, handlerSource);
        var rpc = Services.Rpc(handlerSource, redis, versions: replica.Versions);
        var first = await rpc.GetSummary(Request(court), new TestCallContext());
        var key = CacheKeys.For("summary", await db.DataVersionAsync(), SummaryRequestParser.Parse(Request(court), DateOnly.FromDateTime(DateTime.UtcNow)).Filter!.Canonical());
        for (var attempt = 0; attempt < 100 && !await redis.GetDatabase().KeyExistsAsync(key); attempt++)
            await Task.Delay(50);

        // With the handler's PostgreSQL gone and the Redis entry deleted, only an answer kept in process can come back.
        await handlerSource.DisposeAsync();
        Assert.True(await redis.GetDatabase().KeyDeleteAsync(key), $"{key} was never written to Redis");
        var second = await rpc.GetSummary(Request(court), new TestCallContext());

        Assert.Equal(2, first.Cases);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_batch_written_through_one_replica_is_in_the_next_answer_of_another()
    {
        await using var redis = await Services.RedisAsync();
        await using var writing = await Replica.StartAsync(db.DataSource, db.DataSource);
        await using var reading = await Replica.StartAsync(db.DataSource, db.DataSource);
        var writer = new ProjectionWriter(db.DataSource, writing.Versions, TestMetrics.Suite, NullLogger<ProjectionWriter>.Instance);
        var rpc = Services.Rpc(db.DataSource, redis, versions: reading.Versions);
        const string court = "48GV0001";
        var before = await rpc.GetSummary(Request(court), new TestCallContext());

        var written = await writer.ApplyAsync(Cards.Batch(Awol($"w-{Guid.NewGuid():N}", court)), CancellationToken.None);
        // The writing replica knows its own version at once; the other hears it when the transaction commits.
        Assert.Equal(written.DataVersion, await writing.Versions.CurrentAsync(CancellationToken.None));
        for (var attempt = 0; attempt < 200 && await reading.Versions.CurrentAsync(CancellationToken.None) < written.DataVersion; attempt++)
            await Task.Delay(25);
        var after = await rpc.GetSummary(Request(court), new TestCallContext());

        Assert.Equal(written.DataVersion, await reading.Versions.CurrentAsync(CancellationToken.None));
        Assert.Equal(before.Cases + 1, after.Cases);
    }
}
