using Mediazona.Statistics.Releases;

namespace Mediazona.Statistics.Tests.Releases;

public class ExportGateTests
{
    [Fact]
    public void One_export_at_a_time_and_the_next_may_start_once_it_is_done()
    {
        var gate = new ExportGate();

        var first = gate.TryEnter();
        Assert.NotNull(first);
        Assert.Null(gate.TryEnter());

        first.Dispose();
        first.Dispose(); // a second dispose frees nothing more
        using var second = gate.TryEnter();
        Assert.NotNull(second);
        Assert.Null(gate.TryEnter());
    }
}
