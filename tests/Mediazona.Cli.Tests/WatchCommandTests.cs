using Google.Protobuf;
using Grpc.Core;
using Mediazona.Cli.Gateway;
using Mediazona.Cli.Output;
using Mediazona.Cli.Tests.Statistics;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Tests;

public class WatchCommandTests
{
    /// <summary>Gives the updates, then either ends (as a server going away does) or waits until cancelled.</summary>
    sealed class FakeStream(IEnumerable<WatchSummaryResponse> updates, bool thenWait, Exception? thenFail = null) : IAsyncStreamReader<WatchSummaryResponse>
    {
        readonly IEnumerator<WatchSummaryResponse> _updates = updates.GetEnumerator();

        public WatchSummaryResponse Current => _updates.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            if (_updates.MoveNext())
                return true;
            if (thenFail is not null)
                throw thenFail;
            if (thenWait)
                await Task.Delay(Timeout.Infinite, cancellationToken);
            return false;
        }
    }

    static WatchSummaryResponse Update(long cases) => new() { Summary = Responses.Summary(cases) };

    static RpcException Failure(StatusCode status) => new(new Status(status, status.ToString()));

    /// <summary>Hands out one call per subscription, over the given streams in turn; counts what was disposed.</summary>
    sealed class Subscriptions(params FakeStream[] streams)
    {
        int _next;

        public int Disposed { get; private set; }

        public int Made => _next;

        public AsyncServerStreamingCall<WatchSummaryResponse> Subscribe() =>
            new(streams[_next++], Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => Disposed++);
    }

    /// <summary>Retries that record their pauses instead of sleeping (and may stop the watch during one).</summary>
    sealed class Pauses(Action? during = null)
    {
        public List<double> Seconds { get; } = [];

        public WatchRetry Retry => new(true, (pause, _) =>
        {
            Seconds.Add(pause.TotalSeconds);
            during?.Invoke();
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Every_update_is_printed_until_ctrl_c_which_ends_with_exit_code_0()
    {
        using var stop = new CancellationTokenSource();
        var seen = new List<long>();
        var error = new StringWriter();
        var calls = new Subscriptions(new FakeStream([Update(4), Update(5)], thenWait: true));

        var exit = await WatchCommand.FollowAsync(calls.Subscribe, u =>
        {
            seen.Add(u.Summary.Cases);
            if (seen.Count == 2)
                stop.Cancel();
        }, error, WatchRetry.Default, stop.Token);

        Assert.Equal(0, exit);
        Assert.Equal([4L, 5L], seen);
        Assert.Equal("", error.ToString());
        Assert.Equal(1, calls.Disposed);
    }

    [Fact]
    public async Task A_stream_the_gateway_ends_is_subscribed_again_after_a_second_with_a_line_on_stderr()
    {
        using var stop = new CancellationTokenSource();
        var seen = new List<long>();
        var error = new StringWriter();
        var pauses = new Pauses();
        var calls = new Subscriptions(new FakeStream([Update(4)], thenWait: false), new FakeStream([Update(5)], thenWait: true));

        var exit = await WatchCommand.FollowAsync(calls.Subscribe, u =>
        {
            seen.Add(u.Summary.Cases);
            if (u.Summary.Cases == 5)
                stop.Cancel();
        }, error, pauses.Retry, stop.Token);

        Assert.Equal(0, exit);
        Assert.Equal([4L, 5L], seen);
        Assert.Equal([1.0], pauses.Seconds);
        Assert.Equal("mzctl: the gateway ended the watch; watching again in 1 s", error.ToString().Trim());
        Assert.Equal((2, 2), (calls.Made, calls.Disposed));
    }

    [Fact]
    public async Task Dropped_connections_wait_longer_each_time_and_an_update_starts_the_pauses_again()
    {
        using var stop = new CancellationTokenSource();
        var seen = new List<long>();
        var error = new StringWriter();
        var pauses = new Pauses();
        var calls = new Subscriptions(
            new FakeStream([], thenWait: false, Failure(StatusCode.Unavailable)),
            new FakeStream([], thenWait: false, Failure(StatusCode.Internal)),
            new FakeStream([], thenWait: false, Failure(StatusCode.Unavailable)),
            new FakeStream([Update(7)], thenWait: false),
            new FakeStream([], thenWait: false, Failure(StatusCode.Aborted)),
            new FakeStream([Update(8)], thenWait: true));

        var exit = await WatchCommand.FollowAsync(calls.Subscribe, u =>
        {
            seen.Add(u.Summary.Cases);
            if (u.Summary.Cases == 8)
                stop.Cancel();
        }, error, pauses.Retry, stop.Token);

        Assert.Equal(0, exit);
        Assert.Equal([7L, 8L], seen);
        Assert.Equal([1.0, 2.0, 4.0, 1.0, 2.0], pauses.Seconds);
        Assert.StartsWith("mzctl: Unavailable: Unavailable; watching again in 1 s", error.ToString(), StringComparison.Ordinal);
        Assert.Equal((6, 6), (calls.Made, calls.Disposed));
    }

    [Fact]
    public void Pauses_double_from_one_second_to_thirty()
    {
        Assert.Equal([1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0], Enumerable.Range(0, 8).Select(n => WatchRetry.Pause(n).TotalSeconds));
        Assert.Equal(30.0, WatchRetry.Pause(int.MaxValue).TotalSeconds);
    }

    [Fact]
    public async Task Ctrl_c_during_a_pause_ends_with_exit_code_0()
    {
        using var stop = new CancellationTokenSource();
        var calls = new Subscriptions(new FakeStream([], thenWait: false, Failure(StatusCode.Unavailable)));
        var retry = new WatchRetry(true, async (_, token) =>
        {
            await stop.CancelAsync();
            await Task.Delay(Timeout.Infinite, token);
        });

        var exit = await WatchCommand.FollowAsync(calls.Subscribe, _ => { }, TextWriter.Null, retry, stop.Token);

        Assert.Equal((0, 1), (exit, calls.Made));
    }

    [Fact]
    public async Task Without_reconnect_a_stream_the_gateway_ends_is_exit_code_1_with_a_message()
    {
        var error = new StringWriter();
        var calls = new Subscriptions(new FakeStream([Update(4)], thenWait: false));

        var exit = await WatchCommand.FollowAsync(calls.Subscribe, _ => { }, error, WatchRetry.Off, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Equal("mzctl: the gateway ended the watch", error.ToString().Trim());
    }

    [Theory]
    [InlineData(StatusCode.ResourceExhausted)]
    [InlineData(StatusCode.PermissionDenied)]
    [InlineData(StatusCode.InvalidArgument)]
    public async Task A_refused_call_is_left_to_the_caller_to_report_and_not_retried(StatusCode status)
    {
        var failure = Failure(status);
        var pauses = new Pauses();
        var calls = new Subscriptions(new FakeStream([], thenWait: false, failure));

        var thrown = await Assert.ThrowsAsync<RpcException>(() =>
            WatchCommand.FollowAsync(calls.Subscribe, _ => { }, TextWriter.Null, pauses.Retry, CancellationToken.None));

        Assert.Same(failure, thrown);
        Assert.Empty(pauses.Seconds);
        Assert.Equal(1, calls.Disposed);
    }

    /// <summary>What the printer of a format writes for updates with these case counts, as lines.</summary>
    static string[] Printed(string format, params long[] cases)
    {
        var output = new StringWriter();
        var print = WatchCommand.Printer(Enum.Parse<OutputFormat>(format), output);
        foreach (var count in cases)
            print(Update(count));
        Assert.DoesNotContain('\u001b', output.ToString());
        return output.ToString().Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Json_is_one_compact_watch_response_per_line()
    {
        var lines = Printed(nameof(OutputFormat.Json), 4, 5);

        Assert.Equal([4L, 5L], lines.Select(l => JsonParser.Default.Parse<WatchSummaryResponse>(l).Summary.Cases));
        Assert.Contains("\"acquittedDefendants\": \"0\"", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_is_the_header_once_then_a_summary_row_per_update()
    {
        var lines = Printed(nameof(OutputFormat.Csv), 4, 5);

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("as_of,cases,defendants,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2023-04-03,4,5,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2023-04-03,5,5,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_on_a_pipe_is_a_line_per_update()
    {
        var lines = Printed(nameof(OutputFormat.Table), 4, 1234);

        Assert.Equal(2, lines.Length);
        Assert.Contains("As of 2023-04-03, Cases 4, Defendants 5,", lines[0], StringComparison.Ordinal);
        Assert.Contains("Cases 1,234,", lines[1], StringComparison.Ordinal);
    }
}
