using Mediazona.Collection.Sources.Sudrf;
using Mediazona.Collection.Storage;

namespace Mediazona.Collection.Health;

/// <summary>A court's health from its state and its own history: a switched-off court, then the last run's fault, then the silence test.</summary>
public static class HealthAssessor
{
    public static CourtHealth Assess(string code, bool disabled, CourtState? state, IReadOnlyCollection<DateOnly> entries, DateOnly today, double staleProbability)
    {
        var lastEntry = entries.Count == 0 ? (DateOnly?)null : entries.Max();
        var perDay = IntakeRate.PerDay(entries);
        var silent = lastEntry is { } last ? today.DayNumber - last.DayNumber : 0;
        var probability = IntakeRate.SilenceProbability(perDay, silent);
        var (status, cause, since) = Verdict(disabled, state, entries.Count, perDay, silent, probability, staleProbability);
        return new CourtHealth(code, status, cause, since, state?.LastSuccessAt, state?.LastNewCaseAt, lastEntry, entries.Count,
            perDay, silent, probability, state?.NextRunAt);
    }

    static (CourtHealthStatus, string, DateTimeOffset?) Verdict(bool disabled, CourtState? state, int cases, double perDay, int silent, double probability, double threshold)
    {
        if (disabled)
            return (CourtHealthStatus.Disabled, "switched off in Collection:Disabled", null);
        if (state?.LastRunAt is not { } ranAt)
            return (CourtHealthStatus.Unknown, "not crawled yet", null);
        if (state.LastRunKind is { } kind && kind != RunKinds.Ok && Enum.TryParse<PageKind>(kind, out var fault))
            return (FromFault(fault), state.LastRunCause ?? kind, state.LastErrorAt ?? ranAt);
        if (cases >= IntakeRate.MinCases && probability < threshold)
        {
            return (CourtHealthStatus.Stale,
                FormattableString.Invariant($"no new case for {silent} days; at its own rate of {perDay * 30:0.#} a month that happens with p = {probability:0.###e0}"),
                state.LastSuccessAt);
        }
        return (CourtHealthStatus.Ok, "", state.LastSuccessAt);
    }

    public static CourtHealthStatus FromFault(PageKind fault) => fault switch
    {
        PageKind.Captcha => CourtHealthStatus.Captcha,
        PageKind.Blocked => CourtHealthStatus.Blocked,
        PageKind.ModuleOff => CourtHealthStatus.ModuleOff,
        PageKind.Unavailable or PageKind.NotFound => CourtHealthStatus.Down,
        _ => CourtHealthStatus.LayoutChanged,
    };
}
