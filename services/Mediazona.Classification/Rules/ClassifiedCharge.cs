using Charge = Mediazona.Classification.Charges.Charge;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Rules;

/// <summary>
/// A charge with what the rule table says about it; Unknown when no row matched and the chapter decided.
/// MaxPenaltyUnknown when the table records no maximum for the part (MaxPenaltyMonths is then 0 and says nothing);
/// LifeImprisonment when the part allows life.
/// </summary>
public sealed record ClassifiedCharge(
    Charge Charge,
    Category Category,
    bool MobilisationEra,
    AwolDuration AwolDuration,
    int MaxPenaltyMonths,
    bool Unknown,
    bool MaxPenaltyUnknown = false,
    bool LifeImprisonment = false);
