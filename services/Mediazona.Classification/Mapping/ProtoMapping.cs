using Mediazona.Classification.Rules;
using Mediazona.Classification.Sentences;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Classification.V1;
using DomainCharge = Mediazona.Classification.Charges.Charge;
using ProtoCharge = Mediazona.Contracts.Cases.V1.Charge;
using ProtoRule = Mediazona.Contracts.Classification.V1.Rule;

namespace Mediazona.Classification.Mapping;

/// <summary>The one place where the service's records meet the generated protobuf types.</summary>
public static class ProtoMapping
{
    public static DomainCharge ToDomain(this ProtoCharge charge) =>
        new(charge.Raw, charge.Article.Trim(), charge.Part.Trim(), charge.Point.Trim().ToLowerInvariant());

    public static ProtoCharge ToProto(this DomainCharge charge) =>
        new() { Raw = charge.Raw, Article = charge.Article, Part = charge.Part, Point = charge.Point };

    public static ChargeClassification ToProto(this ClassifiedCharge charge) => new()
    {
        Charge = charge.Charge.ToProto(),
        Category = charge.Category,
        MobilisationEra = charge.MobilisationEra,
        AwolDuration = charge.AwolDuration,
        MaxPenaltyMonths = charge.MaxPenaltyMonths,
        Unknown = charge.Unknown,
        Stage = charge.Charge.Stage,
        Complicity = charge.Charge.Complicity,
        MaxPenaltyUnknown = charge.MaxPenaltyUnknown,
        LifeImprisonment = charge.LifeImprisonment,
    };

    public static AdditionalPunishment ToProto(this AddedPunishment punishment) => new()
    {
        Kind = punishment.Kind,
        TermMonths = punishment.TermMonths,
        FineRubles = punishment.FineRubles,
        RawText = punishment.RawText,
    };

    public static ProtoRule ToProto(this Rules.Rule rule) => new()
    {
        Article = rule.Article,
        Part = rule.Part,
        Category = rule.Category,
        MobilisationEra = rule.MobilisationEra,
        AwolDuration = rule.AwolDuration,
        MaxPenaltyMonths = rule.MaxPenaltyMonths,
        Description = rule.Description,
        MaxPenaltyUnknown = rule.MaxPenaltyUnknown,
        LifeImprisonment = rule.LifeImprisonment,
    };

    public static GetRulesResponse ToResponse(this RuleTable table)
    {
        var response = new GetRulesResponse { Version = table.Version, EffectiveFrom = table.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        response.Rules.AddRange(table.Rules.Select(ToProto));
        return response;
    }
}
