using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Rules;

/// <summary>
/// One row of the rule table: what an article and part mean. An empty part covers every part not listed on its own.
/// MaxPenaltyUnknown: the row records no maximum (MaxPenaltyMonths is then 0 and says nothing);
/// LifeImprisonment: the part allows life, above any term.
/// </summary>
public sealed record Rule(
    string Article,
    string Part,
    Category Category,
    bool MobilisationEra,
    AwolDuration AwolDuration,
    int MaxPenaltyMonths,
    string Description,
    bool MaxPenaltyUnknown = false,
    bool LifeImprisonment = false);
