using System.Text.RegularExpressions;

namespace Mediazona.Classification.Charges;

/// <summary>
/// Reads «Перечень статей» into charges. Tolerant by design: cards print article, part and point in
/// either order (`ст.337 ч.5`, `п.«а» ч.2 ст.332`), with any spacing and case, joined by `;`, `,` or
/// newlines. Anything it cannot read is skipped; it never throws.
/// </summary>
public static partial class ChargeParser
{
    public static IReadOnlyList<Charge> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];

        var state = new ParseState(text);
        foreach (Match token in Tokens().Matches(text))
            state.Accept(token);
        state.Flush();
        return state.Charges;
    }

    /// <summary>Walks the tokens once; a charge opened by its article ("ст.337 ч.5") takes the part and point that follow it,
    /// while a part or point seen first ("ч.5 ст.337") waits for the article that ends it.</summary>
    sealed class ParseState(string text)
    {
        public List<Charge> Charges { get; } = [];

        Pending? _prefix;      // part/point printed before their article
        Pending? _open;        // article printed first, still collecting its part/point
        bool _articleList;     // inside "ст.ст. 337, 338": bare numbers after a comma are articles too
        bool _afterComma;

        public void Accept(Match token)
        {
            var groups = token.Groups;
            if (groups["sep"].Success)
            {
                var strong = groups["sep"].Value != ",";
                CloseOpen();
                if (strong)
                {
                    _prefix = null;
                    _articleList = false;
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

        public void Flush() => CloseOpen();

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
            var code = CodeSuffix().Match(text, end);
            if (code.Success)
                end = code.Index + code.Length;
            var raw = text[charge.Start..end].Trim();
            Charges.Add(new Charge(raw, charge.Article, charge.Part, charge.Point));
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

    [GeneratedRegex(@"\G\s*УК\s*РФ\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeSuffix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
