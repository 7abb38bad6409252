namespace Mediazona.Classification.Charges;

/// <summary>One charge read from «Перечень статей»: article, part and point as printed, lower-cased.</summary>
/// <param name="Raw">The wording the charge was read from, e.g. "ст.337 ч.5 УК РФ".</param>
/// <param name="Article">e.g. "337" or "352.1".</param>
/// <param name="Part">e.g. "5" or "2.1"; empty when the article has no part.</param>
/// <param name="Point">e.g. "а"; empty when absent.</param>
public sealed record Charge(string Raw, string Article, string Part, string Point);
