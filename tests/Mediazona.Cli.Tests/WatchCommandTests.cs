using Google.Protobuf;
using Grpc.Core;
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

    [Fact]
    public async Task Every_update_is_printed_until_ctrl_c_which_ends_with_exit_code_0()
    {
        using var stop = new CancellationTokenSource();
        var seen = new List<long>();
        var error = new StringWriter();

        var exit = await WatchCommand.FollowAsync(new FakeStream([Update(4), Update(5)], thenWait: true), u =>
        {
            seen.Add(u.Summary.Cases);
            if (seen.Count == 2)
                stop.Cancel();
        }, error, stop.Token);

        Assert.Equal(0, exit);
        Assert.Equal([4L, 5L], seen);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public async Task A_stream_the_gateway_ends_is_exit_code_1_with_a_message()
    {
        var error = new StringWriter();

        var exit = await WatchCommand.FollowAsync(new FakeStream([Update(4)], thenWait: false), _ => { }, error, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("ended", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_stream_is_left_to_the_caller_to_report()
    {
        var failure = new RpcException(new Status(StatusCode.ResourceExhausted, "too many watchers"));

        var thrown = await Assert.ThrowsAsync<RpcException>(() =>
            WatchCommand.FollowAsync(new FakeStream([], thenWait: false, failure), _ => { }, TextWriter.Null, CancellationToken.None));

        Assert.Same(failure, thrown);
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
