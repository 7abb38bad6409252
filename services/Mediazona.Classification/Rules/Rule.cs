using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Rules;

/// <summary>One row of the rule table: what an article and part mean. An empty part covers every part not listed on its own.</summary>
public sealed record Rule(
    string Article,
    string Part,
    Category Category,
    bool MobilisationEra,
    AwolDuration AwolDuration,
    int MaxPenaltyMonths,
    string Description);
