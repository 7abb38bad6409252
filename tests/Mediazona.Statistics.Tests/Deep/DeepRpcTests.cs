using System.Threading.Channels;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Caching;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Rpc;
using Mediazona.Statistics.Tests.Infrastructure;
using Npgsql;
using StackExchange.Redis;

namespace Mediazona.Statistics.Tests.Deep;

/// <summary>The new RPCs end to end inside the service: validation, the versioned cache, paging and the watch stream.</summary>
public class DeepRpcTests(StatisticsDatabase db) : IClassFixture<StatisticsDatabase>
{
    static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    static CaseClassification Awol(string id, string court, string entry) =>
        Cards.Case(id, court, entry, Outcome.Pending, "", Cards.Defendant(1, Cards.Charge("337", "5")));

    public static TheoryData<string, string> InvalidRequests => new()
    {
        { "monthly", "as_of" }, { "articles", "entry_from" }, { "sentences", "court_codes" }, { "courts", "part" },
        { "transparency", "category" }, { "cases", "article" }, { "cases", "page_size" }, { "cases", "page_token" },
    };

    static Task Call(StatisticsRpc rpc, string query, string field)
    {
        var context = new TestCallContext();
        return (query, field) switch
        {
            ("monthly", _) => rpc.GetMonthlyIntake(new GetMonthlyIntakeRequest { AsOf = "2023-02-30" }, context),
            ("articles", _) => rpc.GetArticleBreakdown(new GetArticleBreakdownRequest { EntryFrom = "yesterday" }, context),
            ("sentences", _) => rpc.GetSentenceStats(new GetSentenceStatsRequest { CourtCodes = { "not a court!" } }, context),
            ("courts", _) => rpc.GetCourtBreakdown(new GetCourtBreakdownRequest { Part = "5" }, context),
            ("transparency", _) => rpc.GetTransparency(new GetTransparencyRequest { Category = (Category)99 }, context),
            ("cases", "article") => rpc.ListCases(new ListCasesRequest { Article = "ст.337" }, context),
            ("cases", "page_size") => rpc.ListCases(new ListCasesRequest { PageSize = 5000 }, context),
            _ => rpc.ListCases(new ListCasesRequest { PageToken = "%%%" }, context),
        };
    }

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Bad_input_is_invalid_argument_with_the_field_at_fault(string query, string field)
    {
        // Nothing is reached behind validation: neither store is contacted.
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=nobody");
        await using var redis = await Services.UnreachableRedisAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => Call(Services.Rpc(dataSource, redis), query, field));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var status = Google.Rpc.Status.Parser.ParseFrom(error.Trailers.GetValueBytes("grpc-status-details-bin"));
        Assert.Equal(field, Assert.Single(Assert.Single(status.Details).Unpack<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task Every_query_is_cached_under_its_versioned_key_and_served_from_redis()
    {
        await using var redis = await Services.RedisAsync();
        const string court = "12GV0001";
        await db.Writer.ApplyAsync(Cards.Batch(Awol("k1", court, "2023-01-10"), Awol("k2", court, "2023-02-10")), CancellationToken.None);
        var rpc = Services.Rpc(db.DataSource, redis);
        var filter = new GetSummaryRequest { AsOf = "2023-04-03", CourtCodes = { court } };
        var canonical = SummaryRequestParser.Parse(filter, Today).Filter!.Canonical();

        async Task Check<T>(string query, Func<Task<T>> call, Func<T, T> mark) where T : IMessage<T>
        {
            var first = await call();
            var key = CacheKeys.For(query, await db.DataVersionAsync(), canonical);
            Assert.False((await WaitForKey(redis.GetDatabase(), key)).IsNull, $"{query}: {key} not written");
            // Only an answer read from Redis can carry the mark; another replica asks (this one keeps the answer in process).
            var marked = mark(first);
            await redis.GetDatabase().StringSetAsync(key, marked.ToByteArray());
            rpc = Services.Rpc(db.DataSource, redis);
            Assert.Equal(marked, await call());
        }

        await Check("monthly", () => rpc.GetMonthlyIntake(new GetMonthlyIntakeRequest { AsOf = "2023-04-03", CourtCodes = { court } }, new TestCallContext()),
            r => { var m = r.Clone(); m.RecordMonth = "1999-01"; return m; });
        await Check("articles", () => rpc.GetArticleBreakdown(new GetArticleBreakdownRequest { AsOf = "2023-04-03", CourtCodes = { court } }, new TestCallContext()),
            r => { var m = r.Clone(); m.Articles.Clear(); return m; });
        await Check("sentences", () => rpc.GetSentenceStats(new GetSentenceStatsRequest { AsOf = "2023-04-03", CourtCodes = { court } }, new TestCallContext()),
            r => { var m = r.Clone(); m.AsOf = "1999-01-01"; return m; });
        await Check("courts", () => rpc.GetCourtBreakdown(new GetCourtBreakdownRequest { AsOf = "2023-04-03", CourtCodes = { court } }, new TestCallContext()),
            r => { var m = r.Clone(); m.Courts[0].Cases += 1000; return m; });
        await Check("transparency", () => rpc.GetTransparency(new GetTransparencyRequest { AsOf = "2023-04-03", CourtCodes = { court } }, new TestCallContext()),
            r => { var m = r.Clone(); m.Totals.VerdictCases += 1000; return m; });
    }

    [Fact]
    public async Task Answers_come_from_postgresql_when_redis_is_unreachable()
    {
        await using var unreachable = await Services.UnreachableRedisAsync();
        const string court = "12GV0002";
        await db.Writer.ApplyAsync(Cards.Batch(Awol("u1", court, "2023-01-10")), CancellationToken.None);
        var rpc = Services.Rpc(db.DataSource, unreachable);

        var courts = await rpc.GetCourtBreakdown(new GetCourtBreakdownRequest { AsOf = "2023-04-03", CourtCodes = { court } }, new TestCallContext());
        var cases = await rpc.ListCases(new ListCasesRequest { AsOf = "2023-04-03", CourtCodes = { court } }, new TestCallContext());

        Assert.Equal(1, Assert.Single(courts.Courts).Cases);
        Assert.Equal("u1", Assert.Single(cases.Rows).CaseId);
    }

    [Fact]
    public async Task Paging_is_stable_when_rows_are_added_between_pages()
    {
        await using var redis = await Services.RedisAsync();
        const string court = "12GV0003";
        await db.Writer.ApplyAsync(Cards.Batch(Enumerable.Range(0, 10).Select(i => Awol($"p{i * 2:D2}", court, "2023-01-10"))), CancellationToken.None);
        var rpc = Services.Rpc(db.DataSource, redis);
        ListCasesRequest Page(string token) => new() { AsOf = "2023-04-03", CourtCodes = { court }, PageSize = 4, PageToken = token };

        var first = await rpc.ListCases(Page(""), new TestCallContext());
        // A case sorting before the token and one after it land between pages.
        await db.Writer.ApplyAsync(Cards.Batch(Awol("p01", court, "2023-01-10"), Awol("p13", court, "2023-01-10")), CancellationToken.None);
        var rest = new List<CaseTableRow>();
        var token = first.NextPageToken;
        while (token != "")
        {
            var page = await rpc.ListCases(Page(token), new TestCallContext());
            rest.AddRange(page.Rows);
            token = page.NextPageToken;
        }

        Assert.Equal(["p00", "p02", "p04", "p06"], first.Rows.Select(r => r.CaseId));
        Assert.Equal(["p08", "p10", "p12", "p13", "p14", "p16", "p18"], rest.Select(r => r.CaseId));
    }

    [Fact]
    public async Task Watch_summary_sends_the_summary_then_a_new_one_after_a_batch()
    {
        await using var redis = await Services.RedisAsync();
        const string court = "12GV0004";
        await db.Writer.ApplyAsync(Cards.Batch(Awol("w1", court, "2023-01-10")), CancellationToken.None);
        var rpc = Services.Rpc(db.DataSource, redis, new WatchOptions { PollInterval = TimeSpan.FromMilliseconds(50) });
        var stream = new ChannelWriter();
        using var stop = new CancellationTokenSource();

        var watching = rpc.WatchSummary(new WatchSummaryRequest { AsOf = "2023-04-03", CourtCodes = { court } }, stream, new TestCallContext(stop.Token));
        // A failing stream must fail the test, not leave it waiting.
        async Task<WatchSummaryResponse> Next()
        {
            var read = stream.Messages.Reader.ReadAsync().AsTask();
            if (await Task.WhenAny(read, watching) == watching)
                await watching;
            return await read;
        }
        var first = await Next();
        await db.Writer.ApplyAsync(Cards.Batch(Awol("w2", court, "2023-01-11")), CancellationToken.None);
        var second = await Next();
        await stop.CancelAsync();
        await watching;

        Assert.Equal(1, first.Summary.Cases);
        Assert.Equal(2, second.Summary.Cases);
        Assert.True(second.Summary.DataVersion > first.Summary.DataVersion);
    }

    [Fact]
    public async Task Watchers_beyond_the_limit_are_refused()
    {
        await using var redis = await Services.RedisAsync();
        var rpc = Services.Rpc(db.DataSource, redis, new WatchOptions { MaxWatchers = 0 });

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            rpc.WatchSummary(new WatchSummaryRequest(), new ChannelWriter(), new TestCallContext()));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

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

    sealed class ChannelWriter : IServerStreamWriter<WatchSummaryResponse>
    {
        public Channel<WatchSummaryResponse> Messages { get; } = Channel.CreateUnbounded<WatchSummaryResponse>();
        public WriteOptions? WriteOptions { get; set; }
        public Task WriteAsync(WatchSummaryResponse message) => Messages.Writer.WriteAsync(message).AsTask();
        public Task WriteAsync(WatchSummaryResponse message, CancellationToken cancellationToken) => Messages.Writer.WriteAsync(message, cancellationToken).AsTask();
    }
}
