using Mediazona.Client;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Client.Tests.ConsistentReads;

public sealed class ConsistentReadTests
{
    [Theory]
    [InlineData(new long[] { 5, 5, 5 }, new int[0])]
    [InlineData(new long[] { 4, 5, 5 }, new[] { 0 })]
    [InlineData(new long[] { 6, 5, 4 }, new[] { 1, 2 })]
    [InlineData(new long[0], new int[0])]
    public void The_answers_behind_the_newest_version_are_read_again(long[] versions, int[] behind) =>
        Assert.Equal(behind, ConsistentRead.Behind(versions));

    /// <summary>A read that answers with the next version of its script each time it is called, counting its calls.</summary>
    sealed class Scripted<T>(Func<long, T> answer, params long[] versions) where T : IDataVersioned
    {
        public int Calls { get; private set; }
        public Task<T> Read(CancellationToken _) => Task.FromResult(answer(versions[Math.Min(Calls++, versions.Length - 1)]));
    }

    [Fact]
    public async Task Answers_of_different_versions_are_read_again_until_they_agree()
    {
        var summary = new Scripted<GetSummaryResponse>(v => new GetSummaryResponse { DataVersion = v, Cases = v * 10 }, 7, 8);
        var monthly = new Scripted<GetMonthlyIntakeResponse>(v => new GetMonthlyIntakeResponse { DataVersion = v }, 8, 9);

        var (s, m) = await ConsistentRead.ReadAsync(summary.Read, monthly.Read);

        // Round 1: 7 and 8, the summary is behind; round 2: the summary says 8. The monthly answer was not asked again.
        Assert.Equal(8, s.DataVersion);
        Assert.Equal(80, s.Cases);
        Assert.Equal(8, m.DataVersion);
        Assert.Equal(2, summary.Calls);
        Assert.Equal(1, monthly.Calls);
    }

    [Fact]
    public async Task Answers_that_agree_at_once_are_read_once()
    {
        var summary = new Scripted<GetSummaryResponse>(v => new GetSummaryResponse { DataVersion = v }, 3);
        var courts = new Scripted<GetCourtBreakdownResponse>(v => new GetCourtBreakdownResponse { DataVersion = v }, 3);
        var cases = new Scripted<ListCasesResponse>(v => new ListCasesResponse { DataVersion = v }, 3);

        var (s, c, l) = await ConsistentRead.ReadAsync(summary.Read, courts.Read, cases.Read);

        Assert.Equal([3L, 3L, 3L], new[] { s.DataVersion, c.DataVersion, l.DataVersion });
        Assert.Equal(3, summary.Calls + courts.Calls + cases.Calls);
    }

    [Fact]
    public async Task Data_that_keeps_moving_gives_up_with_the_versions_seen()
    {
        var summary = new Scripted<GetSummaryResponse>(v => new GetSummaryResponse { DataVersion = v }, 1, 3, 5);
        var monthly = new Scripted<GetMonthlyIntakeResponse>(v => new GetMonthlyIntakeResponse { DataVersion = v }, 2, 4, 6);

        var error = await Assert.ThrowsAsync<InconsistentReadException>(() => ConsistentRead.ReadAsync(summary.Read, monthly.Read, maxAttempts: 3));

        // Rounds: (1, 2) → the summary again: (3, 2) → the monthly again: (3, 4). Only the answers behind are re-read.
        Assert.Equal([3L, 4L], error.Versions);
        Assert.Equal(2, summary.Calls);
        Assert.Equal(2, monthly.Calls);
        Assert.Contains("3 rounds", error.Message, StringComparison.Ordinal);
    }
}
