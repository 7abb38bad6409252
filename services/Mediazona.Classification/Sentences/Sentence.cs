using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Sentences;

/// <summary>One defendant's punishment as a text states it; terms in months (5 лет 6 месяцев = 66).</summary>
/// <param name="TermMonths">Nominal term; for SUSPENDED the term that is made conditional.</param>
/// <param name="ProbationMonths">Probation of a suspended sentence (art. 73), else 0.</param>
/// <param name="Regime">Colony regime of real imprisonment, else unspecified.</param>
/// <param name="FineRubles">Amount of a fine (FINE only), else 0.</param>
/// <param name="RawText">The wording the punishment was read from.</param>
public sealed record Sentence(
    PunishmentKind Kind,
    int TermMonths,
    int ProbationMonths,
    ColonyRegime Regime,
    long FineRubles,
    string RawText)
{
    /// <summary>Punishments added to the main one (fine, restriction of freedom, deprivation of rank, ban on posts).</summary>
    public IReadOnlyList<AddedPunishment> Additional { get; init; } = [];

    /// <summary>The main punishment's kind of art. 44 (Kind stays the coarse one the statistics count by).</summary>
    public Penalty Penalty { get; init; } = Penalty.None;

    public static Sentence Acquittal(string rawText) => new(PunishmentKind.Acquitted, 0, 0, ColonyRegime.Unspecified, 0, rawText);
}
