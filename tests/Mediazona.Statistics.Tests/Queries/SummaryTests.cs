using Mediazona.Statistics.Queries;

namespace Mediazona.Statistics.Tests.Queries;

public class SummaryTests
{
    static Summary With(long known, long suspended) =>
        new(new DateOnly(2023, 4, 3), 0, 0, 0, 0, 0, 0, known, suspended, [], [], 1);

    [Theory]
    [InlineData(3, 1)]
    [InlineData(86, 31)]
    [InlineData(5, 5)]
    public void Suspended_share_is_suspended_over_known(long known, long suspended) =>
        Assert.Equal((double)suspended / known, With(known, suspended).SuspendedShare, 12);

    [Fact]
    public void Suspended_share_is_zero_when_no_sentence_is_known() =>
        Assert.Equal(0, With(0, 0).SuspendedShare);
}
