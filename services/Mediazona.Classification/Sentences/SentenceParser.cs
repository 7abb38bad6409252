using System.Text.RegularExpressions;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Sentences;

/// <summary>
/// Reads one defendant's punishment from the wording that states it: a verdict's operative paragraph
/// («…назначить ему наказание в виде лишения свободы на срок 5 (пять) лет с отбыванием наказания в исправительной
/// колонии общего режима») or a press release («приговорил к 3 годам условно с испытательным сроком 2 года»).
/// Pure; returns null when the text names no punishment.
/// </summary>
public static partial class SentenceParser
{
    const int RawTextLimit = 400;

    public static Sentence? Parse(string text) => Parse(text, 0, text.Length);

    public static Sentence? Parse(string text, int start, int end)
    {
        // Per-count terms come first; each aggregation step (art. 69, then art. 70 or ч.5 ст.69, «окончательно
        // назначить») restates the punishment, and the last step that names one is what is served.
        var from = start;
        var aggregate = LastStep(text, start, end);
        if (aggregate.Success)
            from = aggregate.Index;

        var kind = FirstKind(text, from, end) ?? (from > start ? FirstKind(text, start, end) : null) ?? BareSuspended(text, start, end);
        if (kind is not { } found)
            return null;

        var (punishment, at, keywordEnd) = found;
        var clauseEnd = ClauseEnd(text, at, end);
        var term = 0;
        var termStart = at;
        long fine = 0;
        var regime = ColonyRegime.Unspecified;
        var probation = 0;
        if (punishment == PunishmentKind.Fine)
        {
            fine = RussianNumbers.Rubles(text, at, Math.Min(end, at + 250)) ?? 0;
        }
        else
        {
            (term, termStart) = MainTerm(text, at, keywordEnd, clauseEnd, start);
            // Art. 53.1: the prison term is replaced by compulsory labour, which is what is served.
            var replaced = ReplacedByLabour().Match(text, keywordEnd, end - keywordEnd);
            if (punishment == PunishmentKind.Imprisonment && replaced.Success)
            {
                punishment = PunishmentKind.CompulsoryLabour;
                var labourTerm = RussianNumbers.Terms(text, replaced.Index, Math.Min(end, replaced.Index + 160)).FirstOrDefault();
                if (labourTerm.Months > 0)
                    term = labourTerm.Months;
            }
        }

        var suspended = SuspensionOf(text, start, end);
        if (suspended.Success)
        {
            probation = Probation(text, suspended.Index, end);
            if (punishment == PunishmentKind.Imprisonment)
                punishment = PunishmentKind.Suspended;
        }
        if (punishment == PunishmentKind.Imprisonment)
            regime = Regime(text, at, end);

        var rawEnd = Math.Min(end, Math.Max(clauseEnd, suspended.Success ? Math.Min(end, suspended.Index + 160) : clauseEnd));
        var rawStart = aggregate.Success && aggregate.Index < at ? aggregate.Index : Math.Min(at, termStart);
        var raw = Squash(text[rawStart..Math.Min(rawEnd, rawStart + RawTextLimit)]);
        return new Sentence(punishment, term, probation, regime, fine, raw)
        {
            Additional = AdditionalPunishments.Read(text, start, end),
            Penalty = Penalties.Of(text, at, end, punishment),
        };
    }

    /// <summary>The last aggregation step of the paragraph that is followed by a punishment; a failed match when there is none.</summary>
    static Match LastStep(string text, int start, int end)
    {
        var last = Match.Empty;
        for (var step = Aggregate().Match(text, start, end - start); step.Success; step = step.NextMatch())
        {
            if (FirstKind(text, step.Index, end) is not null)
                last = step;
        }
        return last;
    }

    /// <summary>The earliest punishment named from `from`: its kind, where its keyword starts and ends.</summary>
    static (PunishmentKind Kind, int At, int End)? FirstKind(string text, int from, int end)
    {
        var match = Kind().Match(text, from, end - from);
        while (match.Success)
        {
            var groups = match.Groups;
            PunishmentKind? kind =
                groups["prison"].Success ? PunishmentKind.Imprisonment
                : groups["unit"].Success ? PunishmentKind.DisciplinaryUnit
                : groups["fine"].Success ? PunishmentKind.Fine
                : groups["labour"].Success ? PunishmentKind.CompulsoryLabour
                : groups["other"].Success ? PunishmentKind.Other
                : null;
            if (kind is { } found)
                return (found, match.Index, match.Index + match.Length);
            match = match.NextMatch();
        }
        return null;
    }

    /// <summary>Press wording «5 лет условно»: a term right before «условно» is a suspended prison term.</summary>
    static (PunishmentKind Kind, int At, int End)? BareSuspended(string text, int start, int end)
    {
        var suspended = SuspensionOf(text, start, end);
        if (!suspended.Success)
            return null;
        var terms = RussianNumbers.Terms(text, Math.Max(start, suspended.Index - 40), suspended.Index);
        if (terms.Count == 0 || !string.IsNullOrWhiteSpace(text[terms[^1].End..suspended.Index]))
            return null;
        // The term is read backwards from the keyword, as in «к 5 годам лишения свободы».
        return (PunishmentKind.Imprisonment, suspended.Index, suspended.Index);
    }

    /// <summary>The term that follows the keyword in its clause («лишения свободы на срок 5 лет»), else the one just before it
    /// («к 5 годам лишения свободы»); never the probation term.</summary>
    static (int Months, int Start) MainTerm(string text, int at, int keywordEnd, int clauseEnd, int start)
    {
        foreach (var term in RussianNumbers.Terms(text, keywordEnd, clauseEnd))
        {
            if (!IsProbation(text, keywordEnd, term.Start))
                return (term.Months, at);
        }
        var before = RussianNumbers.Terms(text, Math.Max(start, at - 60), at);
        return before.Count > 0 && !IsProbation(text, Math.Max(start, at - 60), before[^1].Start) ? (before[^1].Months, before[^1].Start) : (0, at);
    }

    /// <summary>Art. 73 wording; «отменить условное осуждение» (art. 74, revoking an earlier one) is not a suspension.</summary>
    static Match SuspensionOf(string text, int start, int end)
    {
        var match = Conditional().Match(text, start, end - start);
        while (match.Success)
        {
            var back = Math.Max(start, match.Index - 40);
            if (!Revoked().IsMatch(text.AsSpan(back, match.Index - back)))
                return match;
            match = match.NextMatch();
        }
        return match;
    }

    static bool IsProbation(string text, int from, int termStart)
    {
        var window = Math.Max(from, termStart - 40);
        return ProbationWord().IsMatch(text.AsSpan(window, termStart - window));
    }

    static int Probation(string text, int from, int end)
    {
        var word = ProbationWord().Match(text, from, end - from);
        if (!word.Success)
            return 0;
        var terms = RussianNumbers.Terms(text, word.Index, Math.Min(end, word.Index + 120));
        return terms.Count > 0 ? terms[0].Months : 0;
    }

    /// <summary>A punishment's clause runs to the end of its sentence or the next «;» (the next count or the next paragraph).</summary>
    internal static int ClauseEnd(string text, int at, int end)
    {
        var stop = ClauseStop().Match(text, at, end - at);
        return stop.Success ? stop.Index : end;
    }

    static ColonyRegime Regime(string text, int from, int end)
    {
        var match = RegimeWords().Match(text, from, Math.Min(end, from + 400) - from);
        if (!match.Success)
            return ColonyRegime.Unspecified;
        return match.Groups["settlement"].Success ? ColonyRegime.Settlement
            : match.Groups["general"].Success ? ColonyRegime.General
            : match.Groups["strict"].Success ? ColonyRegime.Strict
            : ColonyRegime.Special;
    }

    internal static string Squash(string text) => Spaces().Replace(text, " ").Trim();

    // The punishments, by their usual wording in any case form. «лишение права занимать должности» is not «лишение свободы».
    [GeneratedRegex("""
        (?<prison>лишени[еяюи]м?\s+свобод[ыеу]|колони[июяе]\w*(?:\s*-\s*|\s+)(?:общего|строгого|особого|поселени)|(?:общего|строгого|особого)\s+режима)
        | (?<unit>(?:содержани[еяюи]м?\s+в\s+)?дисциплинарн\w*\s+воинск\w*\s+част)
        | (?<fine>(?<![\p{L}])(?:штраф(?:а|ом|у)?|оштрафова\w*)(?!\p{L}))
        | (?<labour>принудительн\w*\s+работ)
        | (?<other>ограничени\w*\s+(?:по\s+военной\s+службе|свободы)|обязательн\w*\s+работ|исправительн\w*\s+работ)
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Kind();

    // «окончательно назначить», «окончательное наказание … назначить»; not «срок окончательного наказания» (a credit clause).
    [GeneratedRegex(@"по\s+совокупности\s+(?:преступлений|приговоров)|окончательн\w*\s+(?:наказани[ея]\s+(?:[\w.]+\s+){0,4}?)?(?:назнач|определ)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aggregate();

    // Art. 73: «считать условным с испытательным сроком», «условно с испытательным сроком», «условного осуждения».
    [GeneratedRegex(@"(?<![\p{L}])(?:условн(?:ым|ое|ой|о|ого)(?![\p{L}-])|условного\s+осуждения)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"отмен\w*\s+(?:[\w.]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Revoked();

    [GeneratedRegex(@"испытательн\w*\s+срок\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProbationWord();

    [GeneratedRegex(@"замен\w*\s+(?:\w+\s+){0,6}?принудительн\w*\s+работ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplacedByLabour();

    // A clause stops at «;», or at a full stop that ends a sentence (not «ч. 5», «ст. 73», «И.И.», «г.»).
    [GeneratedRegex(@";|\.(?=\s+[А-ЯЁA-Z])(?<=[\p{L}\d)»]{2}\.)|\n\s*\n", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseStop();

    [GeneratedRegex("""
        (?<settlement>колони[ияюей]\W{0,3}поселени)
        | (?<general>общего\s+режима)
        | (?<strict>строгого\s+режима)
        | (?<special>особого\s+режима)
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex RegimeWords();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
