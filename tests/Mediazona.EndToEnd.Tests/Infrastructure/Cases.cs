using Mediazona.Contracts.Cases.V1;

namespace Mediazona.EndToEnd.Tests.Infrastructure;

/// <summary>Builds test cases for a court code of their own, so that tests never count each other's data.</summary>
static class Cases
{
    static int _court = Random.Shared.Next(1000, 9000);

    /// <summary>A fresh garrison court code, e.g. "97GV4321".</summary>
    public static string NewCourtCode() => $"97GV{Interlocked.Increment(ref _court) % 10000:D4}";

    public static CourtCase Case(string court, string number, string entryDate, params Defendant[] defendants)
    {
        var courtCase = new CourtCase
        {
            Court = new Court { Code = court, Name = "Тестовый гарнизонный военный суд" },
            CaseNumber = number,
            EntryDate = entryDate,
            Category = "Преступления против военной службы",
        };
        courtCase.Defendants.AddRange(defendants);
        return courtCase;
    }

    public static CourtCase Decided(this CourtCase courtCase, string decisionDate, string outcomeRaw)
    {
        courtCase.DecisionDate = decisionDate;
        courtCase.OutcomeRaw = outcomeRaw;
        return courtCase;
    }

    public static Defendant Defendant(int ordinal, string charges, Punishment? punishment = null) => new()
    {
        Ordinal = ordinal,
        Name = "Информация скрыта",
        NameHidden = true,
        ChargesRaw = charges,
        Punishment = punishment,
    };

    public static Punishment Suspended(int termMonths, int probationMonths) => new()
    {
        Kind = PunishmentKind.Suspended,
        TermMonths = termMonths,
        ProbationMonths = probationMonths,
        Source = FactSource.PressRelease,
    };

    public static Punishment Imprisonment(int termMonths) => new()
    {
        Kind = PunishmentKind.Imprisonment,
        TermMonths = termMonths,
        Regime = ColonyRegime.General,
        Source = FactSource.PressRelease,
    };
}
