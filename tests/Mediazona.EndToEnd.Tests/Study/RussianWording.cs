using System.Globalization;
using System.Text.RegularExpressions;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.EndToEnd.Tests.Study;

/// <summary>How courts and newsrooms word terms, dates, charges and names in Russian.</summary>
static partial class RussianWording
{
    static readonly string[] Numbers = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать"];
    static readonly string[] MonthsGenitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    /// <summary>As a verdict writes it: «5 (пять) лет 6 (шесть) месяцев», «1 (один) год 8 (восемь) месяцев».</summary>
    public static string Term(int months) => Join(
        months / 12 is var y and > 0 ? $"{y} ({Numbers[y]}) {Plural(y, "год", "года", "лет")}" : "",
        months % 12 is var m and > 0 ? $"{m} ({Numbers[m]}) {Plural(m, "месяц", "месяца", "месяцев")}" : "");

    /// <summary>As a press release writes it: «5 лет», «2 года 6 месяцев».</summary>
    public static string PlainTerm(int months) => Join(
        months / 12 is var y and > 0 ? $"{y} {Plural(y, "год", "года", "лет")}" : "",
        months % 12 is var m and > 0 ? $"{m} {Plural(m, "месяц", "месяца", "месяцев")}" : "");

    /// <summary>After «приговорил к»: «7 годам», «1 году 8 месяцам».</summary>
    public static string DativeTerm(int months) => Join(
        months / 12 is var y and > 0 ? $"{y} {(y % 10 == 1 && y % 100 != 11 ? "году" : "годам")}" : "",
        months % 12 is var m and > 0 ? $"{m} {(m == 1 ? "месяцу" : "месяцам")}" : "");

    /// <summary>«20 декабря 2022 года».</summary>
    public static string LongDate(DateOnly date) => $"{date.Day} {MonthsGenitive[date.Month - 1]} {date.Year} года";

    public static string CardDate(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>«ст.337 ч.3.1 УК РФ; ст.337 ч.5 УК РФ» → «ч. 3.1 ст. 337, ч. 5 ст. 337 УК РФ».</summary>
    public static string ChargesInAct(string charges) =>
        string.Join(", ", CardCharge().Matches(charges).Select(m => m.Groups[2].Success ? $"ч. {m.Groups[2].Value} ст. {m.Groups[1].Value}" : $"ст. {m.Groups[1].Value}")) + " УК РФ";

    /// <summary>The article of the first charge, e.g. "337".</summary>
    public static string FirstArticle(string charges) => CardCharge().Match(charges).Groups[1].Value;

    public static int ChargeCount(string charges) => CardCharge().Count(charges);

    /// <summary>«Котов Владимир Николаевич» → «Котова В.Н.», «Загорский» → «Загорского», «Кузнецова» → «Кузнецовой».</summary>
    public static string AccusativeWithInitials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var surname = words[0] switch
        {
            var s when s.EndsWith("ий", StringComparison.Ordinal) => s[..^2] + "ого",
            var s when s.EndsWith('а') => s[..^1] + "ой",
            var s when s.EndsWith('о') => s,
            var s => s + "а",
        };
        return $"{surname} {Initials(words)}";
    }

    /// <summary>«Смирнов Алексей Викторович» → «Смирнов А.В.».</summary>
    public static string WithInitials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return $"{words[0]} {Initials(words)}";
    }

    static string Initials(string[] words) => string.Concat(words.Skip(1).Select(w => w[0] + "."));

    public static string Regime(ColonyRegime regime) => regime switch
    {
        ColonyRegime.Settlement => "колонии-поселении",
        ColonyRegime.Strict => "исправительной колонии строгого режима",
        _ => "исправительной колонии общего режима",
    };

    /// <summary>«Самовольное оставление части или места службы (ст. 337 УК РФ)», as «Категория дела» prints it.</summary>
    public static string Category(string article) => article switch
    {
        "332" => "Неисполнение приказа (ст. 332 УК РФ)",
        "333" => "Сопротивление начальнику или принуждение его к нарушению обязанностей военной службы (ст. 333 УК РФ)",
        "334" => "Насильственные действия в отношении начальника (ст. 334 УК РФ)",
        "337" => "Самовольное оставление части или места службы (ст. 337 УК РФ)",
        "338" => "Дезертирство (ст. 338 УК РФ)",
        "339" => "Уклонение от исполнения обязанностей военной службы путем симуляции болезни или иными способами (ст. 339 УК РФ)",
        "352.1" => "Добровольная сдача в плен (ст. 352.1 УК РФ)",
        "356.1" => "Мародерство (ст. 356.1 УК РФ)",
        _ => $"Иные преступления (ст. {article} УК РФ)",
    };

    static string Plural(int n, string one, string few, string many) =>
        (n % 100) is >= 11 and <= 14 ? many : (n % 10) switch { 1 => one, 2 or 3 or 4 => few, _ => many };

    static string Join(string years, string months) => string.Join(' ', new[] { years, months }.Where(s => s.Length > 0));

    [GeneratedRegex(@"ст\.\s?([0-9.]+)(?:\s?ч\.\s?([0-9.]+))?")]
    private static partial Regex CardCharge();
}
