using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Statistics.Queries;

/// <summary>Counts of one month as the query returns them (month = its first day).</summary>
public sealed record MonthCount(DateOnly Month, long CasesReceived, long Verdicts);

/// <summary>Sums the counts per month, fills the months without cases and flags the record month. Pure.</summary>
public static class MonthlyIntake
{
    public static IReadOnlyList<MonthFigure> Build(IEnumerable<MonthCount> counts)
    {
        var byMonth = counts.GroupBy(c => c.Month)
            .ToDictionary(g => g.Key, g => new MonthCount(g.Key, g.Sum(c => c.CasesReceived), g.Sum(c => c.Verdicts)));
        if (byMonth.Count == 0)
            return [];
        var months = new List<MonthFigure>();
        var last = byMonth.Keys.Max();
        for (var month = byMonth.Keys.Min(); month <= last; month = month.AddMonths(1))
        {
            var count = byMonth.GetValueOrDefault(month) ?? new MonthCount(month, 0, 0);
            months.Add(new MonthFigure { Month = month.ToString("yyyy-MM"), CasesReceived = count.CasesReceived, Verdicts = count.Verdicts });
        }
        // The earliest month among equal maxima; none when no case was received at all.
        var record = months.Where(m => m.CasesReceived > 0).OrderByDescending(m => m.CasesReceived).ThenBy(m => m.Month, StringComparer.Ordinal).FirstOrDefault();
        if (record is not null)
            record.Record = true;
        return months;
    }
}
