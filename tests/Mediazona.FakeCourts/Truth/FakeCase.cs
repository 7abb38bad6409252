namespace Mediazona.FakeCourts.Truth;

/// <summary>One defendant as the court lists them: a name or null (hidden), and the charges as printed.</summary>
public sealed record FakeDefendant(string? Name, string Charges);

/// <summary>A case the fake court holds: what its list row and card show.</summary>
public sealed record FakeCase(
    string CourtCode,
    long CardId,
    Guid CardUid,
    string CaseNumber,
    string JudicialUid,
    DateOnly EntryDate,
    IReadOnlyList<FakeDefendant> Defendants,
    string Judge,
    DateOnly? DecisionDate,
    string Outcome,
    DateOnly? LegalForceDate)
{
    public bool Decided => DecisionDate is not null;
}

/// <summary>A fake court: where it is served, how it behaves and which cases it holds (newest entry first).</summary>
public sealed record FakeCourt(string Code, string Name, CourtProfile Profile, IReadOnlyList<FakeCase> Cases)
{
    public bool GenerationB => Profile.GenerationB;
}
