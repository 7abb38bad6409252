using System.Globalization;
using System.Text.RegularExpressions;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Sentences;

/// <summary>A defendant as the card lists them, for matching a verdict's paragraphs.</summary>
public sealed record DefendantRef(int Ordinal, string Name, bool NameHidden);

/// <summary>How a verdict's paragraph was tied to its defendant.</summary>
public enum MatchedBy
{
    /// <summary>Surname (in any case form) and initials.</summary>
    Name,
    /// <summary>Redacted «ФИО1», «ФИО2»… in numeric order against the defendants the card lists.</summary>
    Redacted,
    /// <summary>Paragraph order against card order (or the only defendant).</summary>
    Order,
}

/// <summary>What a published act says about one defendant.</summary>
public sealed record ActFinding(int Ordinal, Sentence? Sentence, ServiceType ServiceType, MatchedBy MatchedBy);

/// <summary>
/// Reads a verdict («приговор»): finds its operative part («ПРИГОВОРИЛ:»), cuts it into one paragraph per
/// «признать … виновным» / «оправдать …», ties each paragraph to a defendant and reads its punishment.
/// Pure; a text it cannot read yields no findings, never an error.
/// </summary>
public static partial class ActReader
{
    enum Verdict { Convicted, Acquitted }

    sealed record Paragraph(int Start, int End, Verdict Verdict, int NameStart, int NameEnd, int AfterStart, int AfterEnd)
    {
        public List<int> Subjects { get; } = [];
        public int Label { get; set; } = -1;
        public MatchedBy MatchedBy { get; set; }
        public bool Same { get; set; }
    }

    public static IReadOnlyList<ActFinding> Read(string? text, IReadOnlyList<DefendantRef> defendants)
    {
        if (string.IsNullOrWhiteSpace(text) || defendants.Count == 0)
            return [];
        var operative = Operative(text);
        var paragraphs = Paragraphs(text, operative);
        var names = defendants.Select(d => d.NameHidden ? null : PersonName.FromCard(d.Name)).ToArray();
        var labelOf = new Dictionary<int, int>(); // redacted label → defendant index

        if (paragraphs.Count == 0)
        {
            // No «признать виновным»: a short text (an excerpt, a press release) speaks of the only defendant, if there is one.
            if (defendants.Count != 1)
                return [];
            var sentence = SentenceParser.Parse(text, operative, text.Length);
            return [new ActFinding(defendants[0].Ordinal, sentence, ServiceTypeOf(text, 0, operative, names[0], -1, single: true), MatchedBy.Order)];
        }

        Assign(text, paragraphs, names, labelOf);

        var findings = new List<ActFinding>();
        for (var i = 0; i < defendants.Count; i++)
        {
            var own = paragraphs.Where(p => p.Subjects.Contains(i)).ToList();
            var label = labelOf.FirstOrDefault(kv => kv.Value == i, new KeyValuePair<int, int>(-1, -1)).Key;
            var serviceType = ServiceTypeOf(text, 0, operative, names[i], label, single: defendants.Count == 1);
            if (own.Count == 0)
            {
                if (serviceType != ServiceType.Unspecified)
                    findings.Add(new ActFinding(defendants[i].Ordinal, null, serviceType, MatchedBy.Order));
                continue;
            }
            findings.Add(new ActFinding(defendants[i].Ordinal, SentenceOf(text, own), serviceType, own[0].MatchedBy));
        }
        return findings;
    }

    /// <summary>A conviction on any count beats an acquittal on another; of several convictions the aggregate one wins.</summary>
    static Sentence? SentenceOf(string text, List<Paragraph> own)
    {
        Sentence? best = null;
        foreach (var paragraph in own.Where(p => p.Verdict == Verdict.Convicted))
        {
            var sentence = SentenceParser.Parse(text, paragraph.Start, paragraph.End);
            if (sentence is not null && (best is null || Aggregate().IsMatch(text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start))))
                best = sentence;
        }
        if (best is not null || own.Any(p => p.Verdict == Verdict.Convicted))
            return best;
        var acquittal = own[0];
        var end = Math.Min(acquittal.End, acquittal.Start + 300);
        return Sentence.Acquittal(Spaces().Replace(text[acquittal.Start..end], " ").Trim());
    }

    static void Assign(string text, List<Paragraph> paragraphs, PersonName?[] names, Dictionary<int, int> labelOf)
    {
        var named = new HashSet<int>();
        foreach (var paragraph in paragraphs)
        {
            var scores = new int[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                if (names[i] is { } name)
                    scores[i] = Math.Max(name.Score(text, paragraph.NameStart, paragraph.NameEnd), name.Score(text, paragraph.AfterStart, paragraph.AfterEnd));
            }
            var top = scores.Length == 0 ? 0 : scores.Max();
            for (var i = 0; i < names.Length && top > 0; i++)
            {
                // Several defendants named together («признать Иванова И.И. и Петрова П.П. виновными») share the paragraph.
                if (scores[i] == top)
                {
                    paragraph.Subjects.Add(i);
                    named.Add(i);
                }
            }
            if (paragraph.Subjects.Count > 0)
            {
                paragraph.MatchedBy = MatchedBy.Name;
                continue;
            }
            var label = Redacted().Match(text, paragraph.NameStart, paragraph.AfterEnd - paragraph.NameStart);
            if (label.Success)
                paragraph.Label = int.Parse(label.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            else if (SameAsBefore().IsMatch(text.AsSpan(paragraph.NameStart, paragraph.AfterEnd - paragraph.NameStart)))
                paragraph.Same = true;
        }

        // «ФИО1», «ФИО2»… name the defendants the card lists, in that order (victims and witnesses are never «признать виновным»).
        var unnamed = Enumerable.Range(0, names.Length).Where(i => !named.Contains(i)).ToList();
        var labels = paragraphs.Where(p => p.Label >= 0).Select(p => p.Label).Distinct().Order().ToList();
        for (var rank = 0; rank < labels.Count && rank < unnamed.Count; rank++)
            labelOf[labels[rank]] = unnamed[rank];
        foreach (var paragraph in paragraphs.Where(p => p.Label >= 0 && labelOf.ContainsKey(p.Label)))
        {
            paragraph.Subjects.Add(labelOf[paragraph.Label]);
            paragraph.MatchedBy = MatchedBy.Redacted;
        }

        // What is left goes by order: the only defendant left takes every paragraph left; equal counts pair up.
        var taken = paragraphs.SelectMany(p => p.Subjects).ToHashSet();
        var free = Enumerable.Range(0, names.Length).Where(i => !taken.Contains(i)).ToList();
        var orphans = paragraphs.Where(p => p.Subjects.Count == 0 && !p.Same).ToList();
        if (free.Count == 1 && orphans.Count > 0 && (names.Length == 1 || orphans.Count == 1))
        {
            foreach (var paragraph in orphans)
            {
                paragraph.Subjects.Add(free[0]);
                paragraph.MatchedBy = MatchedBy.Order;
            }
        }
        else if (free.Count > 0 && free.Count == orphans.Count)
        {
            for (var i = 0; i < free.Count; i++)
            {
                orphans[i].Subjects.Add(free[i]);
                orphans[i].MatchedBy = MatchedBy.Order;
            }
        }

        // «Его же признать виновным …» continues the paragraph before it.
        for (var i = 1; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Same && paragraphs[i].Subjects.Count == 0)
            {
                paragraphs[i].Subjects.AddRange(paragraphs[i - 1].Subjects);
                paragraphs[i].MatchedBy = paragraphs[i - 1].MatchedBy;
            }
        }
    }

    /// <summary>Where the operative part starts: after the last «ПРИГОВОРИЛ» (often letter-spaced), else the whole text.</summary>
    static int Operative(string text)
    {
        var last = -1;
        foreach (Match match in Sentenced().Matches(text))
            last = match.Index + match.Length;
        return last < 0 ? 0 : last;
    }

    static List<Paragraph> Paragraphs(string text, int operative)
    {
        var anchors = new List<(int SentenceStart, Verdict Verdict, int NameStart, int NameEnd, int AfterStart, int AfterEnd)>();
        foreach (Match verb in VerdictVerb().Matches(text, operative))
        {
            var afterStart = verb.Index + verb.Length;
            var windowEnd = ClauseEnd(text, afterStart, Math.Min(text.Length, afterStart + 260));
            var sentenceStart = SentenceStart(text, verb.Index, operative);
            Verdict verdict;
            int afterEnd;
            if (verb.Groups["acquit"].Success)
            {
                verdict = Verdict.Acquitted;
                var stop = NameStop().Match(text, afterStart, windowEnd - afterStart);
                afterEnd = stop.Success ? stop.Index : windowEnd;
            }
            else
            {
                var guilt = Guilt().Match(text, afterStart, windowEnd - afterStart);
                if (!guilt.Success)
                    continue; // «признать за ним право на реабилитацию», «признать вещественными доказательствами»
                verdict = guilt.Groups["not"].Success ? Verdict.Acquitted : Verdict.Convicted;
                afterEnd = guilt.Index;
                if (string.IsNullOrWhiteSpace(text[afterStart..guilt.Index]))
                {
                    // «признать виновным Иванова И.И. в совершении …»: the name follows the guilt.
                    afterStart = guilt.Index + guilt.Length;
                    var nameEnd = Math.Min(text.Length, afterStart + 160);
                    var stop = NameStop().Match(text, afterStart, nameEnd - afterStart);
                    afterEnd = stop.Success ? stop.Index : nameEnd;
                }
            }
            anchors.Add((sentenceStart, verdict, sentenceStart, verb.Index, afterStart, afterEnd));
        }
        var paragraphs = new List<Paragraph>(anchors.Count);
        for (var i = 0; i < anchors.Count; i++)
        {
            var a = anchors[i];
            var end = i + 1 < anchors.Count ? Math.Max(anchors[i + 1].SentenceStart, a.AfterEnd) : text.Length;
            paragraphs.Add(new Paragraph(a.SentenceStart, end, a.Verdict, a.NameStart, a.NameEnd, a.AfterStart, a.AfterEnd));
        }
        return paragraphs;
    }

    /// <summary>Back to the start of the sentence: a line break, «:», «;», or a full stop after a word (not after an initial).</summary>
    static int SentenceStart(string text, int at, int floor)
    {
        var limit = Math.Max(floor, at - 160);
        for (var i = at - 1; i >= limit; i--)
        {
            var c = text[i];
            if (c is '\n' or ':' or ';')
                return i + 1;
            if (c == '.' && i >= 2 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i - 2]) && StartsSentence(text, i + 1))
                return i + 1;
        }
        return limit;
    }

    /// <summary>Whitespace then a capital letter: «… УК РФ. Признать», not «ст. 336» or «И.И. Иванова».</summary>
    static bool StartsSentence(string text, int at)
    {
        var i = at;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        return i > at && i < text.Length && char.IsUpper(text[i]);
    }

    /// <summary>Where the clause of a verb ends: a line break, «;», or a full stop that starts a new sentence.</summary>
    static int ClauseEnd(string text, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            if (c is '\n' or ';')
                return i;
            if (c == '.' && i >= 2 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i - 2]) && StartsSentence(text, i + 1))
                return i;
        }
        return limit;
    }

    /// <summary>Mobilised, contract or conscript, from the act's introduction of the defendant (before the operative part).</summary>
    static ServiceType ServiceTypeOf(string text, int start, int operative, PersonName? name, int label, bool single)
    {
        var end = operative > start ? operative : text.Length;
        int from = -1;
        if (name is not null)
        {
            for (var word = Word().Match(text, 0, end); word.Success; word = word.NextMatch())
            {
                if (char.IsUpper(text[word.Index]) && name.IsSurname(word.ValueSpan))
                {
                    from = word.Index;
                    break;
                }
            }
        }
        if (from < 0 && label >= 0)
        {
            for (var redacted = Redacted().Match(text, 0, end); redacted.Success; redacted = redacted.NextMatch())
            {
                if (int.Parse(redacted.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture) == label)
                {
                    from = redacted.Index;
                    break;
                }
            }
        }
        if (from < 0)
        {
            if (!single)
                return ServiceType.Unspecified;
            from = start;
        }
        // The introduction ends where the charge is named («обвиняемого в совершении преступления…»).
        var limit = Math.Min(end, from + 900);
        var charged = Charged().Match(text, from, limit - from);
        if (charged.Success)
            limit = charged.Index;
        var service = Service().Match(text, from, limit - from);
        if (!service.Success)
            return ServiceType.Unspecified;
        return service.Groups["mob"].Success ? ServiceType.Mobilised
            : service.Groups["contract"].Success ? ServiceType.Contract
            : ServiceType.Conscript;
    }

    /// <summary>Service type stated anywhere in a short text (a press release, an annotation).</summary>
    public static ServiceType ServiceTypeIn(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return ServiceType.Unspecified;
        var service = Service().Match(text);
        return !service.Success ? ServiceType.Unspecified
            : service.Groups["mob"].Success ? ServiceType.Mobilised
            : service.Groups["contract"].Success ? ServiceType.Contract
            : ServiceType.Conscript;
    }

    [GeneratedRegex(@"П\s?Р\s?И\s?Г\s?О\s?В\s?О\s?Р\s?И\s?Л\s?:?", RegexOptions.CultureInvariant)]
    private static partial Regex Sentenced();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<convict>признать)|(?<acquit>оправдать))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerdictVerb();

    [GeneratedRegex(@"(?<![\p{L}])(?<not>не\s*)?виновн", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Guilt();

    [GeneratedRegex(@",|\s(?:по|в|на)\s|\sпо\s|\(", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameStop();

    [GeneratedRegex(@"Ф\.?\s?И\.?\s?О\.?\s?-?\s?(\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Redacted();

    [GeneratedRegex(@"(?<![\p{L}])(?:его|ее|её)\s+же(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SameAsBefore();

    [GeneratedRegex(@"по\s+совокупности|окончательн", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aggregate();

    [GeneratedRegex(@"обвиняем|в\s+совершении\s+преступлени", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charged();

    [GeneratedRegex(@"(?<mob>мобилизованн|по\s+(?:частичной\s+)?мобилизации)|(?<contract>по\s+контракту)|(?<conscript>по\s+призыву)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Service();

    [GeneratedRegex(@"[\p{L}]+(?:-[\p{L}]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
