using Mediazona.Collection.Sources.Sudrf;

namespace Mediazona.Collection.Storage;

/// <summary>What the collector remembers of a court between runs.</summary>
public sealed record CourtState(
    string Code,
    QueryVariant? Variant,
    DateTimeOffset? LastRunAt,
    string? LastRunKind,
    string? LastRunCause,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastNewCaseAt,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    DateTimeOffset NextRunAt);

/// <summary>A solved captcha a court's searches carry until the court refuses it; <paramref name="SolvedBy"/>: "person" or "solver".</summary>
public sealed record StoredCaptcha(string Id, string Answer, DateTimeOffset SolvedAt, string SolvedBy);

/// <summary>A card as the list showed it and what became of it.</summary>
public sealed record CardRecord(string CardKey, Uri Url, string CaseNumber, DateOnly? EntryDate, bool Decided, string ListFingerprint);

/// <summary>What ingestion answered for one card: acknowledged (stored, revised, unchanged or rejected with a reason) or not.</summary>
public sealed record CardOutcome(CardRecord Card, DateTimeOffset FetchedAt, bool Acknowledged, bool IsNew, string Status, string Reason);
