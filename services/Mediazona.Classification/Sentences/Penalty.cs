using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Sentences;

/// <summary>The main punishment's kind of art. 44, with the figures only some kinds have.</summary>
/// <param name="WithholdingPercent">Corrective labour, restriction in military service: the percent of pay withheld.</param>
/// <param name="CompulsoryHours">Compulsory works: the hours.</param>
public sealed record Penalty(PenaltyKind Kind, int WithholdingPercent = 0, int CompulsoryHours = 0)
{
    public static readonly Penalty None = new(PenaltyKind.Unspecified);

    /// <summary>A sender's structured punishment states only the coarse kind: the art. 44 kind it implies, where one does.</summary>
    public static Penalty Implied(PunishmentKind kind) => kind switch
    {
        PunishmentKind.Imprisonment or PunishmentKind.Suspended => new(PenaltyKind.DeprivationOfLiberty),
        PunishmentKind.DisciplinaryUnit => new(PenaltyKind.DisciplinaryUnit),
        PunishmentKind.Fine => new(PenaltyKind.Fine),
        PunishmentKind.CompulsoryLabour => new(PenaltyKind.ForcedLabour),
        _ => None,
    };
}
