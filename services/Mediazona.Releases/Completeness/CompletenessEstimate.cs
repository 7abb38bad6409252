namespace Mediazona.Releases.Completeness;

/// <summary>A case the suite has seen, with what the public can see of it.</summary>
/// <param name="Decided">The case has a decision (a published act is expected only then).</param>
/// <param name="NamesHidden">Every defendant's name is hidden («Информация скрыта»).</param>
public sealed record SeenCase(string CourtCode, string CaseNumber, DateOnly? EntryDate, bool Decided, bool HasPublishedAct, bool NamesHidden);

/// <summary>One court's month: cases seen, cases estimated unseen (holes in its numbering), and what is hidden of those seen.</summary>
public sealed record CourtMonth(string CourtCode, int Year, int Month, int Seen, int EstimatedUnseen, int Decided, int DecidedWithoutPublishedAct, int NamesHidden)
{
    /// <summary>Of the decided cases seen, the share without a published act (null without decided cases).</summary>
    public double? ShareWithoutPublishedAct => Decided == 0 ? null : (double)DecidedWithoutPublishedAct / Decided;

    /// <summary>Of the cases seen, the share whose defendants' names are all hidden (null without cases).</summary>
    public double? ShareNamesHidden => Seen == 0 ? null : (double)NamesHidden / Seen;
}

/// <summary>
/// Completeness per court and month. Within each court, register and year, the numbers between the lowest and the highest
/// seen that were never seen are cases the site does not show; each is dated between the entry dates of the seen numbers
/// around it (in proportion to its place between them) and counted in that month. Numbers below the lowest or above the
/// highest seen are not estimated: nothing says how many there are (the collection may have started mid-year, the year
/// may not be over). A case without an entry date has no month and is left out; one whose number cannot be read counts
/// as seen but bounds no hole; a number seen twice in a court counts once. Pure.
/// </summary>
public static class CompletenessEstimate
{
    public static IReadOnlyList<CourtMonth> Of(IEnumerable<SeenCase> cases)
    {
        var months = new Dictionary<(string Court, int Year, int Month), int[]>(); // seen, unseen, decided, without act, hidden
        int[] Slot(string court, DateOnly day) =>
            months.TryGetValue((court, day.Year, day.Month), out var slot) ? slot : months[(court, day.Year, day.Month)] = new int[5];

        // A number seen twice in one court (two cards of one case under different ids) is one case: the earliest counts.
        var all = cases
            .Select(c => (Case: c, Number: CaseNumber.Parse(c.CaseNumber)))
            .GroupBy(x => x.Number is { } n ? $"{x.Case.CourtCode}\n{n.Register}\n{n.Number}\n{n.Year}" : null)
            .SelectMany(g => g.Key is null ? g : g.OrderBy(x => x.Case.EntryDate ?? DateOnly.MaxValue).Take(1))
            .ToList();
        foreach (var seen in all.Select(x => x.Case).Where(c => c.EntryDate is not null))
        {
            var slot = Slot(seen.CourtCode, seen.EntryDate!.Value);
            slot[0]++;
            if (seen.Decided)
            {
                slot[2]++;
                if (!seen.HasPublishedAct)
                    slot[3]++;
            }
            if (seen.NamesHidden)
                slot[4]++;
        }

        var sequences = all
            .Where(x => x.Number is not null && x.Case.EntryDate is not null)
            .GroupBy(x => (x.Case.CourtCode, x.Number!.Register, x.Number.Year));
        foreach (var sequence in sequences)
        {
            var numbers = sequence.Select(x => (Number: x.Number!.Number, Entry: x.Case.EntryDate!.Value)).OrderBy(x => x.Number).ToList();
            for (var i = 1; i < numbers.Count; i++)
            {
                var (before, after) = (numbers[i - 1], numbers[i]);
                var missing = after.Number - before.Number - 1;
                var span = after.Entry.DayNumber - before.Entry.DayNumber;
                for (var k = 1; k <= missing; k++)
                {
                    var day = DateOnly.FromDayNumber(before.Entry.DayNumber + (int)Math.Round((double)span * k / (missing + 1), MidpointRounding.ToZero));
                    Slot(sequence.Key.CourtCode, day)[1]++;
                }
            }
        }
        return [.. months.OrderBy(m => m.Key.Court, StringComparer.Ordinal).ThenBy(m => m.Key.Year).ThenBy(m => m.Key.Month)
            .Select(m => new CourtMonth(m.Key.Court, m.Key.Year, m.Key.Month, m.Value[0], m.Value[1], m.Value[2], m.Value[3], m.Value[4]))];
    }
}
