using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Charges;

/// <summary>One charge read from «Перечень статей»: article, part and point as printed, lower-cased.</summary>
/// <param name="Raw">The wording the charge was read from, e.g. "ст.337 ч.5 УК РФ" or "ст.30 ч.3, ст.338 ч.3 УК РФ".</param>
/// <param name="Article">e.g. "337" or "352.1": always a special-part article (105 and up).</param>
/// <param name="Part">e.g. "5" or "2.1"; empty when the article has no part.</param>
/// <param name="Point">e.g. "а"; empty when absent.</param>
/// <param name="Stage">Preparation or attempt when art. 30 was written with it.</param>
/// <param name="Complicity">The accomplice's role when art. 33 was written with it.</param>
public sealed record Charge(
    string Raw,
    string Article,
    string Part,
    string Point,
    OffenceStage Stage = OffenceStage.Unspecified,
    ComplicityRole Complicity = ComplicityRole.Unspecified);
