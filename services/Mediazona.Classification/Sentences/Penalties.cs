using System.Globalization;
using System.Text.RegularExpressions;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Sentences;

/// <summary>
/// Names the main punishment's kind of art. 44 from the wording at its keyword (what SentenceParser found as the main
/// punishment), and reads the percent withheld or the hours where the kind has them. Pure.
/// </summary>
public static partial class Penalties
{
    /// <param name="at">Where the main punishment's keyword starts.</param>
    /// <param name="kind">The coarse kind SentenceParser gave it (a prison term replaced under art. 53.1 is COMPULSORY_LABOUR).</param>
    public static Penalty Of(string text, int at, int end, PunishmentKind kind)
    {
        if (kind == PunishmentKind.CompulsoryLabour)
            return new Penalty(PenaltyKind.ForcedLabour);
        if (kind is PunishmentKind.Imprisonment or PunishmentKind.Suspended)
            return new Penalty(Life().IsMatch(text.AsSpan(Math.Max(0, at - 20), Math.Min(at, 20))) ? PenaltyKind.LifeImprisonment : PenaltyKind.DeprivationOfLiberty);
        if (kind != PunishmentKind.Other)
            return Penalty.Implied(kind);

        var clauseEnd = SentenceParser.ClauseEnd(text, at, end);
        var word = Other().Match(text, at, Math.Min(end, at + 60) - at);
        var penalty = !word.Success ? PenaltyKind.Unspecified
            : word.Groups["military"].Success ? PenaltyKind.MilitaryServiceRestriction
            : word.Groups["freedom"].Success ? PenaltyKind.RestrictionOfFreedom
            : word.Groups["works"].Success ? PenaltyKind.CompulsoryWorks
            : PenaltyKind.CorrectiveLabour;
        return penalty switch
        {
            PenaltyKind.CorrectiveLabour or PenaltyKind.MilitaryServiceRestriction => new Penalty(penalty, WithholdingPercent: Number(Percent().Match(text, at, clauseEnd - at))),
            PenaltyKind.CompulsoryWorks => new Penalty(penalty, CompulsoryHours: Number(Hours().Match(text, at, clauseEnd - at))),
            _ => new Penalty(penalty),
        };
    }

    static int Number(Match match) =>
        match.Success && int.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    [GeneratedRegex(@"пожизненн\w*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Life();

    [GeneratedRegex(@"(?<military>ограничени\w*\s+по\s+военной\s+службе)|(?<freedom>ограничени\w*\s+свободы)|(?<works>обязательн\w*\s+работ)|(?<labour>исправительн\w*\s+работ)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Other();

    // «с удержанием 10 % из заработной платы», «удержанием в доход государства 15 (пятнадцати) процентов».
    [GeneratedRegex(@"удержани\w*\s+(?:[^\d;]{0,60}?)(?<n>\d{1,2})\s*(?:\([^)]*\)\s*)?(?:%|процент)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    // «обязательных работ на срок 240 (двести сорок) часов».
    [GeneratedRegex(@"(?<n>\d{1,3})\s*(?:\([^)]*\)\s*)?час", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hours();
}
