using System.Globalization;
using System.Text.RegularExpressions;

namespace Mediazona.Classification.Sentences;

/// <summary>
/// Reads the numbers of Russian legal prose: digits («5 лет»), words in any case form («двух лет», «шести месяцам»),
/// both at once («5 (пять) лет»), «полутора лет» (18 months) and money («100 000 (ста тысяч) рублей», «50 тыс. рублей»).
/// </summary>
public static partial class RussianNumbers
{
    /// <summary>A term found in a text: where it starts and ends, and its length in months.</summary>
    public readonly record struct Term(int Start, int End, int Months);

    static readonly Dictionary<string, int> Words = BuildWords();

    static Dictionary<string, int> BuildWords()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(int value, params string[] forms)
        {
            foreach (var form in forms)
                words[form] = value;
        }
        Add(1, "один", "одна", "одно", "одного", "одному", "одним", "одном", "одну", "одной");
        Add(2, "два", "две", "двух", "двум", "двумя");
        Add(3, "три", "трех", "трем", "тремя");
        Add(4, "четыре", "четырех", "четырем", "четырьмя");
        Add(5, "пять", "пяти", "пятью");
        Add(6, "шесть", "шести", "шестью");
        Add(7, "семь", "семи", "семью");
        Add(8, "восемь", "восьми", "восемью", "восьмью");
        Add(9, "девять", "девяти", "девятью");
        Add(10, "десять", "десяти", "десятью");
        string[] teens = ["одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат", "двадцат", "тридцат"];
        for (var i = 0; i < teens.Length; i++)
            Add(i < 9 ? 11 + i : (i - 7) * 10, teens[i] + "ь", teens[i] + "и", teens[i] + "ью");
        Add(40, "сорок", "сорока");
        Add(50, "пятьдесят", "пятидесяти", "пятьюдесятью");
        Add(60, "шестьдесят", "шестидесяти", "шестьюдесятью");
        Add(70, "семьдесят", "семидесяти", "семьюдесятью");
        Add(80, "восемьдесят", "восьмидесяти", "восемьюдесятью");
        Add(90, "девяносто", "девяноста");
        Add(100, "сто", "ста", "стами");
        Add(200, "двести", "двухсот", "двумстам", "двумястами");
        Add(300, "триста", "трехсот", "тремстам");
        Add(400, "четыреста", "четырехсот", "четыремстам");
        Add(500, "пятьсот", "пятисот", "пятистам");
        Add(600, "шестьсот", "шестисот", "шестистам");
        Add(700, "семьсот", "семисот", "семистам");
        Add(800, "восемьсот", "восьмисот", "восьмистам");
        Add(900, "девятьсот", "девятисот", "девятистам");
        return words;
    }

    static bool IsThousand(string word) => word.StartsWith("тысяч", StringComparison.Ordinal) || word is "тыс" or "тыс.";

    static bool IsMillion(string word) => word.StartsWith("миллион", StringComparison.Ordinal) || word is "млн" or "млн.";

    static string Fold(string word) => word.ToLowerInvariant().Replace('ё', 'е');

    /// <summary>A number written in words («двухсот пятидесяти тысяч»); null when any word is not a number word.</summary>
    public static long? ParseWords(string text)
    {
        long total = 0, group = 0;
        var any = false;
        foreach (var raw in text.Split([' ', '\u00A0', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = Fold(raw);
            if (Words.TryGetValue(word, out var value))
                group += value;
            else if (IsThousand(word))
            {
                total += Math.Max(group, 1) * 1000;
                group = 0;
            }
            else if (IsMillion(word))
            {
                total += Math.Max(group, 1) * 1_000_000;
                group = 0;
            }
            else
                return null;
            any = true;
        }
        return any ? total + group : null;
    }

    /// <summary>
    /// Every term in a text, in order: «5 (пять) лет 6 (шесть) месяцев» is one term of 66 months, «двух лет» 24,
    /// «одного года шести месяцев» 18, «полутора лет» 18. A number of years above 40 is a date («2023 года»), not a term.
    /// </summary>
    public static List<Term> Terms(string text, int start = 0, int end = -1)
    {
        if (end < 0)
            end = text.Length;
        var terms = new List<Term>();
        Term? open = null;
        var match = TermPiece().Match(text, start, end - start);
        while (match.Success)
        {
            var piece = PieceMonths(match);
            if (piece is not { } found)
            {
                Close();
            }
            else
            {
                // «1 год 8 месяцев», «2 года и 6 месяцев», «одного года, шести месяцев»: years then months join one term.
                var joins = open is { } o && o.Months % 12 == 0 && IsUnit(match, "месяц") && Gap(text, o.End, found.Start);
                if (joins)
                    open = open!.Value with { End = match.Index + match.Length, Months = open.Value.Months + found.Months };
                else
                {
                    Close();
                    open = new Term(found.Start, match.Index + match.Length, found.Months);
                }
            }
            match = match.NextMatch();
        }
        Close();
        return terms;

        void Close()
        {
            if (open is { } term)
                terms.Add(term);
            open = null;
        }
    }

    static bool IsUnit(Match piece, string stem) => Fold(piece.Groups["u"].Value).StartsWith(stem, StringComparison.Ordinal);

    static bool Gap(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (!char.IsWhiteSpace(c) && c != ',' && !(c is 'и' or 'И' && (i == from || !char.IsLetter(text[i - 1])) && (i + 1 == to || !char.IsLetter(text[i + 1]))))
                return false;
        }
        return true;
    }

    /// <summary>The piece's months and where its number starts (past any leading words that are not numbers).</summary>
    static (int Months, int Start)? PieceMonths(Match piece)
    {
        var unit = Fold(piece.Groups["u"].Value);
        if (unit == "полгода")
            return (6, piece.Index);
        var start = piece.Index;
        var years = unit.StartsWith('г') || unit == "лет";
        var groups = piece.Groups;
        double count;
        if (groups["d"].Success)
            count = int.Parse(groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        else if (groups["half"].Success)
            count = 1.5;
        else
        {
            // The leading words may not be numbers («на срок пяти лет»): keep the longest tail that is.
            var w = groups["w"];
            var words = w.Value.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
            long? value = null;
            var skip = 0;
            for (; skip < words.Length && value is null; skip++)
                value = ParseWords(string.Join(' ', words[skip..]));
            if (value is null)
                return null;
            start = w.Index + w.Value.LastIndexOf(words[skip - 1], StringComparison.Ordinal);
            count = value.Value;
        }
        if (count <= 0 || (years ? count > 40 : count > 480))
            return null;
        return ((int)Math.Round(years ? count * 12 : count), start);
    }

    /// <summary>The first amount of money in roubles from `start` («100 000 (ста тысяч) рублей», «50 тыс. рублей», «ста тысяч рублей»).</summary>
    public static long? Rubles(string text, int start, int end)
    {
        var match = Money().Match(text, start, end - start);
        while (match.Success)
        {
            var groups = match.Groups;
            if (groups["d"].Success)
            {
                var digits = DigitsOnly(groups["d"].Value);
                if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
                {
                    var scale = groups["k"].Success ? (IsMillion(Fold(groups["k"].Value)) ? 1_000_000 : 1000) : 1;
                    return amount * scale;
                }
            }
            else
            {
                var words = groups["w"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var skip = 0; skip < words.Length; skip++)
                {
                    if (ParseWords(string.Join(' ', words[skip..])) is { } amount)
                        return amount;
                }
            }
            match = match.NextMatch();
        }
        return null;
    }

    static string DigitsOnly(string value)
    {
        Span<char> buffer = stackalloc char[value.Length];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
                buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    // One number with its unit: «5 (пять) лет», «пять (5) лет», «двух лет», «полутора лет», «6 мес.», «полгода».
    // Words must start like a number word, so that «на срок» or «одного года» never swallow their neighbours.
    [GeneratedRegex("""
        (?<![\p{L}\d.,])
        (?:
            (?<d>\d{1,3})(?:\s*\([^)\d]{1,60}\))?
          | (?<half>полутора|полтора)
          | (?<w>(?:од|дв|тр[иеёу]|чет|пят|шест|сем|вос|дев|дес|сор|ст[ао])[а-яё]*(?:[ \u00A0]+(?:од|дв|тр[иеёу]|чет|пят|шест|сем|вос|дев|дес|сор|ст[ао])[а-яё]*){0,3})(?:\s*\(\s*\d{1,3}\s*\))?
        )
        \s*(?<u>лет|год(?:а|у|ом|ами|ам|ах)?|месяц(?:а|у|ем|ев|ам|ами|ах)?|мес\.?)(?!\p{L})
        | (?<![\p{L}])(?<u>полгода)(?!\p{L})
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TermPiece();

    // An amount followed by roubles: digits with thousands separators, or words; an optional spelled-out copy in brackets.
    [GeneratedRegex("""
        (?<![\p{L}\d])
        (?:
            (?<d>\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:[.,]\d{2})?(?:\s*(?<k>тыс\.?|тысяч[а-я]*|млн\.?|миллион[а-я]*))?
          | (?<w>[а-яё]+(?:\s+[а-яё]+){0,5})
        )
        \s*(?:\([^)]{1,100}\)\s*)?руб
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Money();
}
