using System.Text.RegularExpressions;

namespace Mediazona.Classification.Sentences;

/// <summary>
/// A defendant's name as the card prints it («Иванов Иван Иванович», «Иванов И.И.»), found again in a verdict where
/// Russian grammar declines it: «признать Иванова Ивана Ивановича», «назначить Иванову И.И.», «Ивановой».
/// </summary>
public sealed partial class PersonName
{
    // Nominative endings stripped to get the stem that every case form shares («Белый» → «Бел», «Иванова» → «Иванов»).
    static readonly string[] NominativeEndings = ["ий", "ый", "ой", "ая", "яя", "ь", "й", "а", "я"];

    // What a declined surname may add to that stem (genitive, dative, accusative, instrumental, prepositional; both genders).
    static readonly HashSet<string> CaseEndings =
        ["", "а", "я", "у", "ю", "е", "ом", "ем", "ым", "им", "ой", "ей", "ую", "юю", "ого", "его", "ому", "ему", "ий", "ый", "ая", "ь", "й", "ы", "и"];

    readonly string _stem;

    PersonName(string surname, string initials)
    {
        Surname = surname;
        Initials = initials;
        _stem = surname;
        foreach (var ending in NominativeEndings)
        {
            if (surname.Length - ending.Length >= 3 && surname.EndsWith(ending, StringComparison.Ordinal))
            {
                _stem = surname[..^ending.Length];
                break;
            }
        }
    }

    /// <summary>Lower-cased surname, «ё» as «е».</summary>
    public string Surname { get; }

    /// <summary>Lower-cased initials of the first name and patronymic («ии»); empty when the card gives none.</summary>
    public string Initials { get; }

    /// <summary>Null for a hidden or unreadable name.</summary>
    public static PersonName? FromCard(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var words = Word().Matches(name).Select(m => Fold(m.Value)).ToList();
        if (words.Count == 0 || words[0].Length < 2 || words[0] is "информация" or "фио" or "данные")
            return null;
        var initials = string.Concat(words.Skip(1).Take(2).Select(w => w[0]));
        return new PersonName(words[0], initials);
    }

    /// <summary>
    /// How well the text names this person: 2 with agreeing initials or first names, 1 by surname alone,
    /// 0 when the surname is absent or the initials disagree.
    /// </summary>
    public int Score(string text, int start, int end)
    {
        var best = 0;
        var match = Word().Match(text, start, end - start);
        while (match.Success)
        {
            if (char.IsUpper(text[match.Index]) && IsSurname(match.ValueSpan))
            {
                var initials = InitialsAround(text, match, end);
                var score = initials.Length == 0 || Initials.Length == 0 ? 1
                    : initials.StartsWith(Initials, StringComparison.Ordinal) || Initials.StartsWith(initials, StringComparison.Ordinal) ? 2
                    : 0;
                best = Math.Max(best, score);
            }
            match = match.NextMatch();
        }
        return best;
    }

    /// <summary>A word of any case (upper, lower, «ё») that is this surname declined; allocates only on a stem match.</summary>
    public bool IsSurname(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length < _stem.Length || word.Length > _stem.Length + 3)
            return false;
        for (var i = 0; i < _stem.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            if ((c == 'ё' ? 'е' : c) != _stem[i])
                return false;
        }
        return CaseEndings.Contains(Fold(word[_stem.Length..].ToString()));
    }

    /// <summary>«И.И.» after or before the surname, or the first letters of the two capitalised words after it.</summary>
    static string InitialsAround(string text, Match surname, int end)
    {
        var after = surname.Index + surname.Length;
        var dotted = InitialsAfter().Match(text, after, end - after);
        if (dotted.Success)
            return Fold(dotted.Groups[1].Value + dotted.Groups[2].Value);
        var before = InitialsBefore().Match(text[Math.Max(0, surname.Index - 8)..surname.Index]);
        if (before.Success)
            return Fold(before.Groups[1].Value + before.Groups[2].Value);
        var full = FullNamesAfter().Match(text, after, end - after);
        return full.Success ? Fold(full.Groups[1].Value + full.Groups[2].Value) : "";
    }

    static string Fold(string word) => word.ToLowerInvariant().Replace('ё', 'е');

    [GeneratedRegex(@"[\p{L}]+(?:-[\p{L}]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"\G\s*([А-ЯЁ])\.\s*(?:([А-ЯЁ])\.?)?")]
    private static partial Regex InitialsAfter();

    [GeneratedRegex(@"([А-ЯЁ])\.\s*([А-ЯЁ])?\.?\s*$")]
    private static partial Regex InitialsBefore();

    // «Иванова Ивана Ивановича»: a first name and a patronymic (its suffix -ович/-евич/-овна/-ична… in any case form).
    [GeneratedRegex(@"\G\s+([А-ЯЁ])[а-яё]+\s+([А-ЯЁ])[а-яё]*(?:ич|вн|чн|ичн)[а-яё]*")]
    private static partial Regex FullNamesAfter();
}
