namespace Mediazona.Collection.Health;

/// <summary>A court's own intake, and how surprising its silence is.</summary>
public static class IntakeRate
{
    /// <summary>Fewer cases than this teach nothing: such a court is never called STALE.</summary>
    public const int MinCases = 10;

    /// <summary>Entries per day between the first and the newest entry seen (the silence since is what gets tested, so it is left out).</summary>
    public static double PerDay(IReadOnlyCollection<DateOnly> entries)
    {
        if (entries.Count < 2)
            return 0;
        var span = entries.Max().DayNumber - entries.Min().DayNumber;
        return span <= 0 ? 0 : (entries.Count - 1) / (double)span;
    }

    /// <summary>P(no case in <paramref name="silentDays"/> days) for a Poisson intake of <paramref name="perDay"/>.</summary>
    public static double SilenceProbability(double perDay, int silentDays) => Math.Exp(-perDay * Math.Max(0, silentDays));
}
