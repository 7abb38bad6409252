using Mediazona.Collection.Health;
using Mediazona.Collection.Sources.Sudrf;
using Mediazona.Collection.Storage;

namespace Mediazona.Collection.Tests.Health;

public class HealthAssessorTests
{
    static readonly DateOnly Today = new(2026, 12, 1);
    static readonly DateTimeOffset Ran = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    static CourtState State(string kind = RunKinds.Ok, string cause = "") =>
        new("77GV0020", QueryVariant.A, Ran, kind, cause, Ran, Ran, null, kind == RunKinds.Ok ? null : Ran, Ran.AddHours(6));

    /// <summary>One case every <paramref name="every"/> days, the last one <paramref name="silent"/> days before today.</summary>
    static List<DateOnly> Entries(int count, int every, int silent) =>
        Enumerable.Range(0, count).Select(i => Today.AddDays(-silent - i * every)).ToList();

    [Fact]
    public void A_busy_court_that_went_quiet_is_stale_by_its_own_rate()
    {
        var health = HealthAssessor.Assess("77GV0020", false, State(), Entries(60, 3, 60), Today, 0.001);
        Assert.Equal(CourtHealthStatus.Stale, health.Status);
        Assert.Equal(60, health.SilentDays);
        Assert.InRange(health.SilenceProbability, 0, 0.001);
        Assert.Contains("60 days", health.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slow_court_with_the_same_silence_is_fine()
    {
        // One case every 40 days: 60 silent days happen with p ≈ 0.22.
        var health = HealthAssessor.Assess("77GV0020", false, State(), Entries(20, 40, 60), Today, 0.001);
        Assert.Equal(CourtHealthStatus.Ok, health.Status);
        Assert.InRange(health.SilenceProbability, 0.1, 0.4);
    }

    [Fact]
    public void Too_little_history_never_makes_a_court_stale() =>
        Assert.Equal(CourtHealthStatus.Ok, HealthAssessor.Assess("77GV0020", false, State(), Entries(5, 1, 300), Today, 0.001).Status);

    [Theory]
    [InlineData(nameof(PageKind.Captcha), CourtHealthStatus.Captcha)]
    [InlineData(nameof(PageKind.Blocked), CourtHealthStatus.Blocked)]
    [InlineData(nameof(PageKind.Unavailable), CourtHealthStatus.Down)]
    [InlineData(nameof(PageKind.ModuleOff), CourtHealthStatus.ModuleOff)]
    [InlineData(nameof(PageKind.Unknown), CourtHealthStatus.LayoutChanged)]
    [InlineData(nameof(PageKind.QueryIgnored), CourtHealthStatus.LayoutChanged)]
    public void The_last_run_s_fault_is_the_health_with_its_cause(string kind, CourtHealthStatus expected)
    {
        var health = HealthAssessor.Assess("77GV0020", false, State(kind, "«the page text»"), Entries(60, 3, 0), Today, 0.001);
        Assert.Equal((expected, "«the page text»", (DateTimeOffset?)Ran), (health.Status, health.Cause, health.Since));
    }

    [Fact]
    public void A_disabled_court_reads_disabled_and_a_new_one_unknown()
    {
        Assert.Equal(CourtHealthStatus.Disabled, HealthAssessor.Assess("77GV0020", true, State(nameof(PageKind.Captcha)), [], Today, 0.001).Status);
        Assert.Equal(CourtHealthStatus.Unknown, HealthAssessor.Assess("77GV0020", false, null, [], Today, 0.001).Status);
    }

    [Fact]
    public void The_learned_rate_leaves_the_silence_out()
    {
        // 11 cases 10 days apart: 10 gaps over 100 days, whatever came after.
        Assert.Equal(0.1, IntakeRate.PerDay(Entries(11, 10, 500)), 6);
    }
}
