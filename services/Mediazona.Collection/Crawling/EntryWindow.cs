namespace Mediazona.Collection.Crawling;

/// <summary>An entry-date window of a court's list, both ends included.</summary>
public sealed record EntryWindow(DateOnly From, DateOnly To);

/// <summary>Which windows a run walks: fixed windows from the backfill start (so they line up run after run), newest first.</summary>
public static class EntryWindows
{
    /// <param name="done">Windows (by start) already walked to the end.</param>
    /// <param name="recentDays">Windows ending within this many days of today are walked again: late entries and decisions.</param>
    public static IReadOnlyList<EntryWindow> ToWalk(DateOnly backfillFrom, DateOnly today, int windowDays, IReadOnlySet<DateOnly> done, int recentDays)
    {
        var windows = new List<EntryWindow>();
        for (var from = backfillFrom; from <= today; from = from.AddDays(windowDays))
        {
            var to = from.AddDays(windowDays - 1);
            var recent = to >= today.AddDays(-recentDays);
            if (!done.Contains(from) || recent)
                windows.Add(new EntryWindow(from, to < today ? to : today));
        }
        windows.Reverse();
        return windows;
    }
}
