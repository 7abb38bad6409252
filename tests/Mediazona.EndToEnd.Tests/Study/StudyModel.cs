using Mediazona.Contracts.Cases.V1;

namespace Mediazona.EndToEnd.Tests.Study;

/// <summary>A garrison court of the study; its court code is drawn per test run (<see cref="Infrastructure.Cases.NewCourtCode"/>).</summary>
sealed record StudyCourt(string Name, string City, string Host, bool OldLayout, string Judge);

/// <summary>Dates spread evenly over [From, To]: the i-th of n falls at the middle of its share.</summary>
sealed record Window(DateOnly From, DateOnly To)
{
    public DateOnly At(int index, int count)
    {
        var days = To.DayNumber - From.DayNumber + 1;
        return From.AddDays((int)((2L * index + 1) * days / (2L * count)));
    }
}

/// <summary>A punishment as the sources word it; terms in months.</summary>
sealed record Sentence(PunishmentKind Kind, int Months, int ProbationMonths = 0, ColonyRegime Regime = ColonyRegime.Unspecified)
{
    public static Sentence Real(int months, ColonyRegime regime = ColonyRegime.General) => new(PunishmentKind.Imprisonment, months, 0, regime);
    public static Sentence Suspended(int months, int probation) => new(PunishmentKind.Suspended, months, probation);
    public static Sentence Unit(int months) => new(PunishmentKind.DisciplinaryUnit, months);
}

/// <summary>One defendant as the card lists them; the name is hidden unless given.</summary>
sealed record Accused(string Charges, Sentence? Sentence = null, string? Name = null)
{
    public Accused Gets(Sentence sentence) => this with { Sentence = sentence };
    public Accused Named(string name) => this with { Name = name };
}

/// <summary>«Результат рассмотрения» as the card prints it ("" pending) and when it was decided.</summary>
sealed record Decision(string Wording, Window? When);

/// <summary>`Count` cases alike: each with these defendants.</summary>
sealed record Shape(int Count, params Accused[] Defendants);

/// <summary>
/// One row of the study table: cases of one court (or of every court in turn, <see cref="StudyPlan.AnyCourt"/>)
/// received within a window, all decided alike, whose sentences (where the shapes give any) are known from one source.
/// </summary>
sealed record Block(string Court, Window Received, Decision Decision, FactSource Source, params Shape[] Shapes);

/// <summary>One case card to write, and what is known about it beyond the card.</summary>
sealed record PlannedCase(
    string CourtKey,
    StudyCourt Court,
    string Number,
    int Sequence,
    DateOnly Entry,
    DateOnly? Decided,
    string Outcome,
    FactSource Source,
    IReadOnlyList<Accused> Defendants)
{
    /// <summary>The case ended in a verdict («Вынесен ПРИГОВОР»).</summary>
    public bool Verdict => Decided is not null && Outcome.Contains("ПРИГОВОР", StringComparison.Ordinal);

    /// <summary>The card carries the published verdict (СУДЕБНЫЕ АКТЫ).</summary>
    public bool Published => Verdict && Source == FactSource.PublishedAct && Defendants.Any(d => d.Sentence is not null);

    /// <summary>Sentences that come from another source through AnnotateCase.</summary>
    public bool Annotated => Source is not (FactSource.PublishedAct or FactSource.Unspecified) && Defendants.Any(d => d.Sentence is not null);
}
