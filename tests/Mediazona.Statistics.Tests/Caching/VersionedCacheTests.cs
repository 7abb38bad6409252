using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Caching;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Rpc;
using Mediazona.Statistics.Tests.Infrastructure;
using StackExchange.Redis;

namespace Mediazona.Statistics.Tests.Caching;

/// <summary>The versioned cache against real Redis and PostgreSQL (its own database, so its own data versions).</summary>
public class VersionedCacheTests(StatisticsDatabase db) : IClassFixture<StatisticsDatabase>
{
    static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    static CaseClassification Awol(string id, string entry) =>
        Cards.Case(id, "46GV0001", entry, Outcome.Pending, "", Cards.Defendant(1, Cards.Charge("337", "5")));

    async Task<string> KeyFor(GetSummaryRequest request) =>
        CacheKeys.For("summary", await db.DataVersionAsync(), SummaryRequestParser.Parse(request, Today).Filter!.Canonical());

    /// <summary>The write is fire-and-forget: wait for it (a readiness poll, not a timing assertion).</summary>
    static async Task<RedisValue> WaitForKey(IDatabase redis, string key)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var value = await redis.StringGetAsync(key);
            if (!value.IsNull)
                return value;
            await Task.Delay(50);
        }
        return RedisValue.Null;
    }

    [Fact]
    public async Task An_answer_is_stored_under_its_versioned_key_and_the_next_call_is_served_from_redis()
    {
        await using var redis = await Services.RedisAsync();
        await db.Writer.ApplyAsync(Cards.Batch(Awol("a1", "2023-01-10"), Awol("a2", "2023-02-10")), CancellationToken.None);
        var request = new GetSummaryRequest { AsOf = "2023-04-03", CourtCodes = { "46GV0001" }, Article = "337" };
        var rpc = Services.Rpc(db.DataSource, redis);

        var first = await rpc.GetSummary(request, new TestCallContext());
        var key = await KeyFor(request);
        var stored = await WaitForKey(redis.GetDatabase(), key);

        Assert.False(stored.IsNull, $"{key} was not written to Redis");
        var fromRedis = GetSummaryResponse.Parser.ParseFrom((byte[])stored!);
        fromRedis.ReceiptId = first.ReceiptId; // the receipt goes on a copy of the cached answer (StatisticsRpc)
        Assert.Equal(first, fromRedis);
        Assert.InRange(await redis.GetDatabase().KeyTimeToLiveAsync(key) ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), new CacheOptions().Ttl);

        // Mark the stored answer: only an answer read from Redis can carry the mark. Another replica asks (this one
        // keeps the answer in process, in front of Redis).
        var marked = first.Clone();
        marked.Cases = first.Cases + 1000;
        await redis.GetDatabase().StringSetAsync(key, marked.ToByteArray());
        var second = await Services.Rpc(db.DataSource, redis).GetSummary(request, new TestCallContext());

        Assert.Equal(marked, second);
    }

    [Fact]
    public async Task A_new_batch_moves_the_data_version_and_the_next_answer_reflects_it()
    {
        await using var redis = await Services.RedisAsync();
        var request = new GetSummaryRequest { AsOf = "2023-04-03", CourtCodes = { "46GV0001" } };
        var rpc = Services.Rpc(db.DataSource, redis);
        await db.Writer.ApplyAsync(Cards.Batch(Awol("b1", "2023-03-10")), CancellationToken.None);
        var before = await rpc.GetSummary(request, new TestCallContext());
        await WaitForKey(redis.GetDatabase(), await KeyFor(request));

        var applied = await db.Writer.ApplyAsync(Cards.Batch(Awol("b2", "2023-03-11")), CancellationToken.None);
        var after = await rpc.GetSummary(request, new TestCallContext());

        Assert.True(applied.DataVersion > before.DataVersion);
        Assert.Equal(applied.DataVersion, after.DataVersion);
        Assert.Equal(before.Cases + 1, after.Cases);
        Assert.Equal(before.Defendants + 1, after.Defendants);
    }

    [Fact]
    public async Task Concurrent_misses_for_one_key_compute_once()
    {
        await using var redis = await Services.RedisAsync();
        var cache = Services.Cache(redis);
        var key = CacheKeys.For("test", 1, Guid.NewGuid().ToString());
        var computed = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<GetSummaryResponse> Compute(CancellationToken ct)
        {
            Interlocked.Increment(ref computed);
            await release.Task;
            return new GetSummaryResponse { Cases = 7, AsOf = "2023-04-03" };
        }

        var callers = Enumerable.Range(0, 16)
            .Select(_ => cache.GetOrComputeAsync(key, GetSummaryResponse.Parser, Compute, CancellationToken.None))
            .ToList();
        release.SetResult();
        var answers = await Task.WhenAll(callers);

        Assert.Equal(1, computed);
        Assert.All(answers, a => Assert.Equal(7, a.Cases));
    }

    [Fact]
    public async Task Another_process_reads_the_answer_from_redis_without_computing()
    {
        await using var redis = await Services.RedisAsync();
        var key = CacheKeys.For("test", 1, Guid.NewGuid().ToString());
        var computed = 0;
        Task<GetSummaryResponse> Compute(CancellationToken ct)
        {
            Interlocked.Increment(ref computed);
            return Task.FromResult(new GetSummaryResponse { Cases = 11 });
        }

        await Services.Cache(redis).GetOrComputeAsync(key, GetSummaryResponse.Parser, Compute, CancellationToken.None);
        await WaitForKey(redis.GetDatabase(), key);
        var again = await Services.Cache(redis).GetOrComputeAsync(key, GetSummaryResponse.Parser, Compute, CancellationToken.None);

        Assert.Equal(1, computed);
        Assert.Equal(11, again.Cases);
    }

    [Fact]
    public async Task With_redis_unreachable_answers_still_come_from_postgresql()
    {
        await using var unreachable = await Services.UnreachableRedisAsync();
        await db.Writer.ApplyAsync(Cards.Batch(Awol("c1", "2023-01-10"), Awol("c2", "2023-01-11")), CancellationToken.None);
        var request = new GetSummaryRequest { AsOf = "2023-04-03", AllCases = true };
        var filter = SummaryRequestParser.Parse(request, Today).Filter!;

        var answer = await Services.Rpc(db.DataSource, unreachable).GetSummary(request, new TestCallContext());
        var direct = SummaryResponses.ToResponse(await new SummaryQuery(db.DataSource).RunAsync(filter, CancellationToken.None));

        Assert.False(unreachable.IsConnected);
        direct.ReceiptId = answer.ReceiptId; // the RPC adds the receipt to the query's answer
        Assert.Equal(direct, answer);
        Assert.True(answer.Cases >= 2);
    }
}
