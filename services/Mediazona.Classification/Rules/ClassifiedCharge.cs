using Charge = Mediazona.Classification.Charges.Charge;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Rules;

/// <summary>A charge with what the rule table says about it; Unknown when no row matched and the chapter decided.</summary>
public sealed record ClassifiedCharge(
    Charge Charge,
    Category Category,
    bool MobilisationEra,
    AwolDuration AwolDuration,
    int MaxPenaltyMonths,
    bool Unknown);
