using Mediazona.Collection.Crawling;

namespace Mediazona.Collection.Tests.Crawling;

public class EntryWindowsTests
{
    static readonly DateOnly Start = new(2022, 9, 24);

    [Fact]
    public void A_first_run_covers_every_day_from_the_backfill_start_to_today_newest_first()
    {
        var today = new DateOnly(2023, 1, 10);
        var windows = EntryWindows.ToWalk(Start, today, 30, new HashSet<DateOnly>(), 45);
        Assert.Equal(new EntryWindow(new DateOnly(2022, 12, 23), today), windows[0]);
        Assert.Equal(Start, windows[^1].From);
        var days = windows.SelectMany(w => Enumerable.Range(0, w.To.DayNumber - w.From.DayNumber + 1).Select(w.From.AddDays)).Order().ToList();
        Assert.Equal(Enumerable.Range(0, today.DayNumber - Start.DayNumber + 1).Select(Start.AddDays), days);
    }

    [Fact]
    public void Done_windows_are_skipped_except_recent_ones_which_are_walked_again()
    {
        var today = new DateOnly(2023, 3, 1);
        var all = EntryWindows.ToWalk(Start, today, 30, new HashSet<DateOnly>(), 45);
        var done = all.Select(w => w.From).ToHashSet();
        var again = EntryWindows.ToWalk(Start, today, 30, done, 45);
        // 45 days before 1 March is 15 January: the windows from 23 December on are walked again, older ones not.
        Assert.Equal([new DateOnly(2023, 2, 21), new DateOnly(2023, 1, 22), new DateOnly(2022, 12, 23)], again.Select(w => w.From));
    }
}
