namespace Mediazona.Collection.Health;

public enum CourtHealthStatus
{
    /// <summary>Never crawled yet.</summary>
    Unknown,
    Ok,
    /// <summary>Crawls succeed but new cases stopped coming, against the court's own rate.</summary>
    Stale,
    Captcha,
    Blocked,
    Down,
    ModuleOff,
    LayoutChanged,
    Disabled,
}

/// <summary>One court's health with its cause, and what it is measured against.</summary>
/// <param name="ExpectedPerDay">The court's intake learned from its own cases (entries per day while active).</param>
/// <param name="SilentDays">Days since the newest entry date seen.</param>
/// <param name="SilenceProbability">Chance of seeing no new case in that silence at the learned rate (Poisson).</param>
public sealed record CourtHealth(
    string Code,
    CourtHealthStatus Status,
    string Cause,
    DateTimeOffset? Since,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastNewCaseAt,
    DateOnly? LastEntryDate,
    int CasesSeen,
    double ExpectedPerDay,
    int SilentDays,
    double SilenceProbability,
    DateTimeOffset? NextRunAt);
