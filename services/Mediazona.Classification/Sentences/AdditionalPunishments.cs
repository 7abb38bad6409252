using System.Text.RegularExpressions;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Sentences;

/// <summary>
/// Reads the punishments added to the main one in a defendant's paragraph: «со штрафом в размере …», «с ограничением
/// свободы на срок …», «с лишением воинского звания …», «с лишением права занимать должности … на срок …», or
/// «дополнительное наказание в виде …». Added punishments are written in the instrumental («со штрафом») or after
/// «дополнительное»: «в виде штрафа» alone is a count's main punishment. Each kind once: the last mention (the final
/// punishment restates what the counts added). Pure.
/// </summary>
public static partial class AdditionalPunishments
{
    const int RawTextLimit = 200;

    public static IReadOnlyList<AddedPunishment> Read(string text, int start, int end)
    {
        List<AddedPunishment>? found = null;
        for (var match = Added().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            var kind = KindOf(match.Groups);
            var clauseEnd = SentenceParser.ClauseEnd(text, match.Index, end);
            var term = 0;
            long fine = 0;
            if (kind == AdditionalPunishmentKind.Fine)
                fine = RussianNumbers.Rubles(text, match.Index, Math.Min(clauseEnd, match.Index + 250)) ?? 0;
            else if (kind is AdditionalPunishmentKind.RestrictionOfFreedom or AdditionalPunishmentKind.BanOnPosts)
                term = RussianNumbers.Terms(text, match.Index + match.Length, clauseEnd).FirstOrDefault().Months;
            var raw = SentenceParser.Squash(text[match.Index..Math.Min(clauseEnd, match.Index + RawTextLimit)]);
            found ??= [];
            found.RemoveAll(a => a.Kind == kind);
            found.Add(new AddedPunishment(kind, term, fine, raw));
        }
        return found is null ? [] : [.. found.OrderBy(a => a.Kind)];
    }

    static AdditionalPunishmentKind KindOf(GroupCollection groups) =>
        groups["fine"].Success ? AdditionalPunishmentKind.Fine
        : groups["freedom"].Success ? AdditionalPunishmentKind.RestrictionOfFreedom
        : groups["rank"].Success ? AdditionalPunishmentKind.DeprivationOfRank
        : AdditionalPunishmentKind.BanOnPosts;

    // rank and ban in any form («с лишением», «лишить его», «лишить ФИО1», «лишения»): neither is ever a prison term.
    [GeneratedRegex("""
        (?<![\p{L}])(?:со?\s+|дополнительн\w*\s+наказани\w*\s+в\s+виде\s+)(?:(?<fine>штраф(?:ом|а))|(?<freedom>ограничени(?:ем|я)\s+свободы))(?![\p{L}])
        | (?<rank>(?<![\p{L}])лиш\w*\s+(?:[\p{L}\p{N}.]+\s+){0,4}?(?:воинского|специального)\s+звани)
        | (?<ban>(?<![\p{L}])лиш\w*\s+(?:[\p{L}\p{N}.]+\s+){0,4}?права\s+занима?)
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Added();
}
