using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Events.V1;

namespace Mediazona.Statistics.Tests.Infrastructure;

/// <summary>Builds classified cases the way the classification service would send them.</summary>
static class Cards
{
    /// <summary>What the rules say about the charges the tests use (criminal-code.md).</summary>
    static readonly Dictionary<(string Article, string Part), (Category Category, bool Mobilisation)> Rules = new()
    {
        [("337", "5")] = (Category.Awol, true),
        [("337", "3.1")] = (Category.Awol, true),
        [("337", "2.1")] = (Category.Awol, true),
        [("337", "1")] = (Category.Awol, false),
        [("332", "2.1")] = (Category.Disobedience, true),
        [("334", "3")] = (Category.ViolenceAgainstSuperior, true),
        [("336", "")] = (Category.Insult, false),
        [("338", "3")] = (Category.Desertion, true),
        [("228", "2")] = (Category.NonMilitary, false),
    };

    public static readonly (string Article, string Part)[] KnownCharges = [.. Rules.Keys];

    public static ChargeClassification Charge(string article, string part, string point = "")
    {
        var (category, mobilisation) = Rules[(article, part)];
        return new ChargeClassification
        {
            Charge = new Charge { Article = article, Part = part, Point = point, Raw = $"ст.{article} ч.{part} УК РФ" },
            Category = category,
            MobilisationEra = mobilisation,
        };
    }

    public static DefendantClassification Defendant(int ordinal, params ChargeClassification[] charges) =>
        new() { Ordinal = ordinal, Charges = { charges }, Primary = charges.FirstOrDefault() };

    public static DefendantClassification Convicted(this DefendantClassification d, PunishmentKind kind = PunishmentKind.Unspecified, int termMonths = 0)
    {
        d.Convicted = true;
        d.Acquitted = false;
        d.Punishment = new Punishment { Kind = kind, TermMonths = termMonths, Source = kind == PunishmentKind.Unspecified ? FactSource.Unspecified : FactSource.PublishedAct };
        return d;
    }

    public static DefendantClassification Acquitted(this DefendantClassification d)
    {
        d.Acquitted = true;
        d.Convicted = false;
        d.Punishment = new Punishment { Kind = PunishmentKind.Acquitted, Source = FactSource.PublishedAct };
        return d;
    }

    public static CaseClassification Case(string caseId, string court, string entry, Outcome outcome, string decision,
        params DefendantClassification[] defendants) => new()
        {
            CaseId = caseId,
            Revision = 1,
            RulesVersion = 1,
            Court = new Court { Code = court },
            CaseNumber = $"1-{caseId}/2023",
            EntryDate = entry,
            DecisionDate = decision,
            Outcome = outcome,
            MobilisationEra = defendants.Any(d => d.Charges.Any(c => c.MobilisationEra)),
            GroupCase = defendants.Length > 1,
            Defendants = { defendants },
        };

    public static CaseClassification Revised(this CaseClassification c, int revision, int rulesVersion = 1)
    {
        c.Revision = revision;
        c.RulesVersion = rulesVersion;
        return c;
    }

    public static CaseClassification Of(this CaseClassification c, ProceedingKind kind)
    {
        c.ProceedingKind = kind;
        return c;
    }

    public static CasesClassified Batch(params IEnumerable<CaseClassification> cases)
    {
        var batch = new CasesClassified();
        batch.Cases.AddRange(cases.Select(c => new CaseClassified { Classification = c.Clone() }));
        return batch;
    }
}
