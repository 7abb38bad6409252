using Mediazona.Classification.Charges;
using Mediazona.Classification.Mapping;
using Mediazona.Classification.Outcomes;
using Mediazona.Classification.Rules;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Classifying;

/// <summary>
/// Applies the rule table to one revision of a case. Pure: the same case, revision and table always give the same answer.
/// It reads and writes the contract types directly because the answer is the contract's CaseClassification,
/// field for field; only the charge logic lives on records.
/// </summary>
public static class CaseClassifier
{
    public static CaseClassification Classify(CourtCase courtCase, Revision? revision, RuleTable rules)
    {
        var outcome = OutcomeNormaliser.Resolve(courtCase.Outcome, courtCase.OutcomeRaw);
        var result = new CaseClassification
        {
            CaseId = revision?.CaseId ?? "",
            Revision = revision?.Number ?? 0,
            ContentHash = revision?.ContentHash ?? "",
            Court = courtCase.Court?.Clone(),
            CaseNumber = courtCase.CaseNumber,
            EntryDate = courtCase.EntryDate,
            DecisionDate = courtCase.DecisionDate,
            Outcome = outcome,
            OutcomeRaw = courtCase.OutcomeRaw,
            GroupCase = courtCase.Defendants.Count > 1,
            HasPublishedAct = courtCase.Acts.Count > 0,
            RulesVersion = rules.Version,
            ProceedingKind = courtCase.ProceedingKind,
            SourceUrl = courtCase.SourceUrl,
            FetchedAt = courtCase.FetchedAt?.Clone(),
            PageSha256 = courtCase.PageSha256,
        };
        var facts = KnownFacts.Of(courtCase);
        for (var i = 0; i < courtCase.Defendants.Count; i++)
            result.Defendants.Add(ClassifyDefendant(facts, courtCase.Defendants[i], i, outcome, rules));
        result.MobilisationEra = result.Defendants.Any(d => d.Charges.Any(c => c.MobilisationEra));
        return result;
    }

    static DefendantClassification ClassifyDefendant(KnownFacts facts, Defendant defendant, int index, Outcome outcome, RuleTable rules)
    {
        // Ordinals are "from 1"; a sender that left them out still gets stable positions.
        var ordinal = defendant.Ordinal > 0 ? defendant.Ordinal : index + 1;
        // Structured charges go through the same general-part fold as parsed ones: «30»/«33» qualify, «73» is dropped.
        var charges = (defendant.Charges.Count > 0
                ? GeneralPart.Fold([.. defendant.Charges.Select(c => c.ToDomain())])
                : ChargeParser.Parse(defendant.ChargesRaw))
            .Select(rules.Classify)
            .ToList();
        var primary = PrimaryCharge.Select(charges);
        var (punishment, additional, penalty) = facts.Sentence(defendant, ordinal);
        var acquitted = punishment?.Kind == PunishmentKind.Acquitted;

        var result = new DefendantClassification
        {
            Ordinal = ordinal,
            NameHidden = defendant.NameHidden,
            Primary = primary?.ToProto(),
            PrimaryUncertain = primary is not null && PrimaryCharge.Uncertain(charges, primary),
            Punishment = punishment,
            Acquitted = acquitted,
            Convicted = outcome == Outcome.Verdict && !acquitted,
            ServiceType = facts.ServiceType(defendant, ordinal),
            PenaltyKind = penalty.Kind,
            WithholdingPercent = penalty.WithholdingPercent,
            CompulsoryHours = penalty.CompulsoryHours,
        };
        result.Charges.AddRange(charges.Select(c => c.ToProto()));
        result.AdditionalPunishments.AddRange(additional.Select(a => a.ToProto()));
        return result;
    }
}
