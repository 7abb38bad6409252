namespace Mediazona.Benchmarks.Soak;

/// <summary>
/// The soak's fixed load and its memory rule. The rates are modest on purpose (a few percent of what the suite
/// takes at full speed on two cores): the soak looks for errors and growth over time, not for a ceiling.
/// </summary>
sealed record SoakOptions
{
    /// <summary>Structured cases per second through SubmitCases (new ones, plus revisions and identical re-submissions).</summary>
    public double CasesPerSecond { get; init; } = 200;
    public int BatchSize { get; init; } = 100;
    /// <summary>Card pages per second through ImportCards (one request a second; one in ten pages is a captcha, rejected).</summary>
    public double CardsPerSecond { get; init; } = 4;
    /// <summary>Statistics queries per second through the gateway, spread over every query there is.</summary>
    public double QueriesPerSecond { get; init; } = 40;
    public TimeSpan SampleEvery { get; init; } = TimeSpan.FromSeconds(5);
    /// <summary>Every request's deadline: a request that hangs is an error, and the load goes on.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Before this, memory is still settling (JIT, pools, caches, GC budgets): no judgement. Default: 20% of the run, at most 2 minutes.</summary>
    public TimeSpan? WarmUp { get; init; }

    /// <summary>See <see cref="GrowthRule"/> for why these two numbers.</summary>
    public double MaxSlopeMiBPerMinute { get; init; } = 1.0;
    public double MaxGrowthPercent { get; init; } = 15;

    public TimeSpan WarmUpFor(TimeSpan duration) => WarmUp ?? TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(2).Ticks, duration.Ticks / 5));
}
