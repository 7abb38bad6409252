using System.Text.RegularExpressions;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Outcomes;

/// <summary>
/// Reads «Результат рассмотрения» into an outcome. Courts word it differently («Вынесен ПРИГОВОР»,
/// «Уголовное дело прекращено…»), so it matches word stems, ignoring case and extra words.
/// </summary>
public static partial class OutcomeNormaliser
{
    // Order matters: the more specific wordings first («ВОЗВРАЩЕНО ПРОКУРОРУ в порядке ст. 237 …» names no verdict,
    // but «Вынесено постановление о прекращении» is a dismissal, not just another ruling).
    static readonly (string Stem, Outcome Outcome)[] Stems =
    [
        ("прокурор", Outcome.ReturnedToProsecutor),
        ("подсудност", Outcome.Transferred),
        ("подведомствен", Outcome.Transferred),
        ("медицинского характера", Outcome.MedicalMeasures),
        ("принудительные меры", Outcome.MedicalMeasures),
        ("присоедин", Outcome.Merged),
        ("приостановл", Outcome.SuspendedProceedings),
        ("приговор", Outcome.Verdict),
        ("прекращ", Outcome.Dismissed),
        ("постановлени", Outcome.OtherRuling),
    ];

    /// <summary>A card's own outcome wins; otherwise the raw wording decides.</summary>
    public static Outcome Resolve(Outcome given, string? raw) =>
        given != Outcome.Unspecified ? given : Normalise(raw);

    public static Outcome Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return Outcome.Pending;
        var text = Spaces().Replace(raw.ToLowerInvariant().Replace('ё', 'е'), " ");
        foreach (var (stem, outcome) in Stems)
        {
            if (text.Contains(stem, StringComparison.Ordinal))
                return outcome;
        }
        return Outcome.Other;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
