using System.Text.RegularExpressions;

namespace Mediazona.Classification.Charges;

/// <summary>
/// Reads «Перечень статей» into charges. Tolerant by design: cards print article, part and point in
/// either order (`ст.337 ч.5`, `п.«а» ч.2 ст.332`), with any spacing and case, joined by `;`, `,` or
/// newlines. Only Criminal Code crimes are charges: an article of another code (УПК, КоАП, ГК …) is dropped,
/// general-part articles qualify the crime they are written with or are dropped (see <see cref="GeneralPart"/>),
/// and a first-instance tail scraped into the cell is not read. Anything it cannot read is skipped; it never throws.
/// </summary>
public static partial class ChargeParser
{
    public static IReadOnlyList<Charge> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];

        text = WithoutTail(text);
        var state = new ParseState(text);
        foreach (Match token in Tokens().Matches(text))
            state.Accept(token);
        state.Flush();
        var charges = state.Read();
        return GeneralPart.AnyIn(charges) ? Fold(text, charges) : charges;
    }

    /// <summary>The general-part fold, with each qualified charge's wording cut from the text: every charge's wording is
    /// a piece of it, in print order, so one forward search finds where each stands (only for the lists that need it).</summary>
    static List<Charge> Fold(string text, List<Charge> charges)
    {
        var starts = new int[charges.Count];
        for (int i = 0, at = 0; i < charges.Count; i++)
        {
            starts[i] = Math.Max(0, text.IndexOf(charges[i].Raw, at, StringComparison.Ordinal));
            at = starts[i] + charges[i].Raw.Length;
        }
        return GeneralPart.Fold(charges, (from, to) => text[starts[from]..(starts[to] + charges[to].Raw.Length)]);
    }

    /// <summary>An appeal card's first-instance fields («Суд (судебный участок) первой инстанции: …», «Номер дела в
    /// первой инстанции: 1-51») sometimes land in the same cell: nothing from the first such label on is a charge.</summary>
    static string WithoutTail(string text)
    {
        // An ordinal search first (vectorised): most cells have no tail.
        if (!text.Contains("нстанц", StringComparison.Ordinal) && !text.Contains("НСТАНЦ", StringComparison.Ordinal))
            return text;
        var tail = Tail().Match(text);
        return tail.Success ? text[..tail.Index] : text;
    }

    /// <summary>The code an article was cited under: none named (a charge, as court lists often omit it), the Criminal Code, or another code.</summary>
    enum Code : byte { Unnamed, Criminal, Other }


    /// <summary>Walks the tokens once; a charge opened by its article ("ст.337 ч.5") takes the part and point that follow it,
    /// while a part or point seen first ("ч.5 ст.337") waits for the article that ends it.</summary>
    sealed class ParseState(string text)
    {
        readonly List<Charge> _read = [];
        List<bool>? _other;    // beside _read once another code was named: that charge is not a crime

        /// <summary>The Criminal Code articles read (codes resolved), in print order.</summary>
        public List<Charge> Read()
        {
            if (_other is null)
                return _read;
            var charges = new List<Charge>(_read.Count);
            for (var i = 0; i < _read.Count; i++)
            {
                if (i >= _other.Count || !_other[i])
                    charges.Add(_read[i]);
            }
            return charges;
        }

        Pending? _prefix;      // part/point printed before their article
        Pending? _open;        // article printed first, still collecting its part/point
        bool _articleList;     // inside "ст.ст. 337, 338": bare numbers after a comma are articles too
        bool _afterComma;
        int _uncoded;          // _read[_uncoded..] have no code of their own yet
        int _segment;          // _read[_segment..] follow the last `;` or newline
        Code _leading;         // the code named before a list («УК РФ: ст. 62 ч.5; …»)
        // Codes that lead a list are rare and need a colon: looked for only in a cell that has one.
        readonly MatchCollection? _leads = text.Contains(':') ? LeadingCode().Matches(text) : null;
        int _nextLead;

        public void Accept(Match token)
        {
            while (_leads is not null && _nextLead < _leads.Count && _leads[_nextLead].Index < token.Index)
                Leading(CodeOf(_leads[_nextLead++].Groups["code"].Value));
            var groups = token.Groups;
            if (groups["sep"].Success)
            {
                var strong = groups["sep"].Value != ",";
                CloseOpen();
                if (strong)
                {
                    _prefix = null;
                    _articleList = false;
                    _segment = _read.Count;
                }
                _afterComma = !strong;
                return;
            }

            var afterComma = _afterComma;
            _afterComma = false;
            if (groups["art"].Success)
            {
                _articleList |= groups["list"].Success;
                Article(groups["art"].Value, token);
            }
            else if (groups["num"].Success)
            {
                if (_articleList && afterComma)
                    Article(groups["num"].Value, token);
            }
            else if (groups["part"].Success)
            {
                Qualifier(token, part: groups["part"].Value, point: null);
            }
            else if (groups["point"].Success)
            {
                Qualifier(token, part: null, point: Point(groups["point"].Value));
            }
        }

        public void Flush()
        {
            CloseOpen();
            Resolve(_leading);
        }

        // «Уголовно-процессуальный», «Уголовно-исполнительный» are other codes; the hyphen tells them apart.
        static Code CodeOf(string name)
        {
            var code = name.StartsWith("УК", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("Уголовн", StringComparison.OrdinalIgnoreCase) && !name.Contains('-', StringComparison.Ordinal)
                    ? Code.Criminal
                    : Code.Other;
            return code;
        }

        /// <summary>A code named before a list with a colon («УК РФ: ст. 62 ч.5; …») is the code of the articles after it.</summary>
        void Leading(Code code)
        {
            CloseOpen();
            _prefix = null;
            Resolve(_leading);
            _leading = code;
        }

        /// <summary>A code named right after an article is the code of every article since the last code named
        /// («ст.205.5 ч.2; ст.205.1 ч.1.1 УК РФ»); under a leading code, of those since the last `;` only.</summary>
        void Trailing(Code code)
        {
            if (_leading != Code.Unnamed)
                Resolve(_leading, Math.Max(_segment, _uncoded));
            Resolve(code);
        }

        void Resolve(Code code) => Resolve(code, _read.Count);

        void Resolve(Code code, int end)
        {
            if (code == Code.Other)
            {
                _other ??= [];
                while (_other.Count < end)
                    _other.Add(_other.Count >= _uncoded);
            }
            _uncoded = end;
        }

        void Article(string article, Match token)
        {
            CloseOpen();
            if (_prefix is { } prefix)
            {
                Emit(prefix with { Article = article.TrimEnd('.'), End = token.Index + token.Length });
                _prefix = null;
            }
            else
            {
                _open = new Pending(token.Index, token.Index + token.Length, article.TrimEnd('.'), "", "");
            }
        }

        void Qualifier(Match token, string? part, string? point)
        {
            var end = token.Index + token.Length;
            // A qualifier belongs to the open charge only while that charge still lacks it.
            if (_open is { } open && (part is null ? open.Point.Length == 0 : open.Part.Length == 0))
            {
                _open = open with { Part = part ?? open.Part, Point = point ?? open.Point, End = end };
                return;
            }
            CloseOpen();
            var prefix = _prefix ?? new Pending(token.Index, end, "", "", "");
            if (part is not null && prefix.Part.Length > 0 || point is not null && prefix.Point.Length > 0)
                prefix = new Pending(token.Index, end, "", "", ""); // a second part before any article: the first was a stray
            _prefix = prefix with { Part = part ?? prefix.Part, Point = point ?? prefix.Point, End = end };
        }

        void CloseOpen()
        {
            if (_open is { } open)
                Emit(open);
            _open = null;
        }

        void Emit(Pending charge)
        {
            var end = charge.End;
            var code = CodeAfter().Match(text, end);
            if (code.Success)
                end = code.Index + code.Length;
            var raw = text[charge.Start..end].Trim();
            _read.Add(new Charge(raw, charge.Article, charge.Part, charge.Point));
            if (code.Success)
                Trailing(CodeOf(code.Groups["code"].Value));
        }

        // Typists put Latin letters into points ("п.a"): fold them to the Cyrillic point they stand for.
        static string Point(string value)
        {
            var point = WhiteSpace().Replace(value, "").ToLowerInvariant().ToCharArray();
            for (var i = 0; i < point.Length; i++)
                point[i] = point[i] switch { 'a' => 'а', 'b' => 'б', 'v' => 'в', 'g' => 'г', 'd' => 'д', 'e' => 'е', 'ё' => 'е', 'c' => 'с', 'o' => 'о', 'k' => 'к', 'x' => 'х', var ch => ch };
            return new string(point);
        }
    }

    readonly record struct Pending(int Start, int End, string Article, string Part, string Point);

    // sep: `;`, newline or comma; art: "ст.337", "статья 337", "ст.ст. 337"; part: "ч.2.1", "часть 5";
    // point: "п.«а»", "п. а", "пп. «а, б»"; num: a bare article number (only inside an "ст.ст." list).
    [GeneratedRegex("""
        (?<sep>[;\r\n,])
        | (?<![\p{L}])(?:ст(?:атьями|атьям|атьи|атья|атье|\.)?\s*(?<list>ст(?:\.|\s))?)\s*(?<art>\d{1,3}(?:\.\d{1,2})?)(?![\d])
        | (?<![\p{L}])ч(?:асть|асти|\.)?\s*(?<part>\d{1,2}(?:\.\d{1,2})?)(?![\d])
        | (?<![\p{L}])(?:пп?\.|пункт[а-я]*|пп?(?=\s*[«"“„']))\s*[«"“„']?\s*(?<point>\p{L}(?:\s*,\s*\p{L}(?!\p{L}))*)(?!\p{L})\s*[»"”']?
        | (?<![\d.])(?<num>\d{1,3}(?:\.\d{1,2})?)(?![\d.])
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Tokens();

    // A first-instance label: «Суд (судебный участок) первой инстанции», «Номер дела в первой инстанции», «Судья … первой инстанции».
    [GeneratedRegex(@"(?<![\p{L}])(?:Суд|Номер|Судья|Дата|Результат)(?![\p{L}])[^;:\r\n]{0,60}?перв\p{L}*\s+инстанци", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    // The codes a court of general jurisdiction lists: УК, УПК, УИК, КоАП (with or without «РФ»), ГК, ГПК, КАС (with «РФ»),
    // and the full names. Looked for only right after an article and before a colon, never in the token scan (it cost a third).
    const string CodeName = """
        (?<code>(?:УПК|УИК|УК|КоАП)(?:\s*\.?\s*РФ)?|(?:КАС|ГПК|ГК)\s*\.?\s*РФ
        |Уголовн\p{L}*(?:-\p{L}+)?\s+кодекс\p{L}*(?:\s+(?:РФ|Российской\s+Федерации))?
        |Кодекс\p{L}*\s+(?:Российской\s+Федерации\s+)?об\s+административных\s+правонарушениях)(?![\p{L}])
        """;

    [GeneratedRegex(@"\G\s*" + CodeName + @"\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex CodeAfter();

    [GeneratedRegex(@"(?<![\p{L}])" + CodeName + @"\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LeadingCode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
