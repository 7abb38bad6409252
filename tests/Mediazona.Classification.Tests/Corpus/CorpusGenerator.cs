using System.Globalization;
using System.Text;

namespace Mediazona.Classification.Tests.Corpus;

/// <summary>
/// Writes the generated part of the labelled corpus from templates with a fixed seed: the same seed always gives
/// the same file (a test checks it), and every label comes from what the template wrote, never from the classifier.
/// </summary>
public static partial class CorpusGenerator
{
    public const int Seed = 20_251_124;
    public const int Cases = 220;

    // Surname stems with their nominative, genitive/accusative and dative endings.
    static readonly (string Stem, string Nom, string Acc, string Dat)[] Surnames =
    [
        ("Иван", "ов", "ова", "ову"), ("Смирн", "ов", "ова", "ову"), ("Кузнец", "ов", "ова", "ову"), ("Попов", "", "а", "у"),
        ("Волк", "ов", "ова", "ову"), ("Лебед", "ев", "ева", "еву"), ("Соловь", "ев", "ева", "еву"), ("Морозов", "", "а", "у"),
        ("Федот", "ов", "ова", "ову"), ("Мух", "ин", "ина", "ину"), ("Ильин", "", "а", "у"), ("Никит", "ин", "ина", "ину"),
        ("Жуковск", "ий", "ого", "ому"), ("Полянск", "ий", "ого", "ому"), ("Шевчен", "ко", "ко", "ко"), ("Бондарен", "ко", "ко", "ко"),
        ("Галиул", "лин", "лина", "лину"), ("Рахим", "ов", "ова", "ову"), ("Тимофе", "ев", "ева", "еву"), ("Орл", "ов", "ова", "ову"),
    ];

    static readonly (string Nom, string Acc)[] FirstNames =
    [
        ("Иван", "Ивана"), ("Сергей", "Сергея"), ("Алексей", "Алексея"), ("Дмитрий", "Дмитрия"), ("Андрей", "Андрея"),
        ("Павел", "Павла"), ("Николай", "Николая"), ("Олег", "Олега"), ("Роман", "Романа"), ("Егор", "Егора"),
    ];

    static readonly (string Nom, string Acc)[] Patronymics =
    [
        ("Иванович", "Ивановича"), ("Сергеевич", "Сергеевича"), ("Петрович", "Петровича"), ("Андреевич", "Андреевича"),
        ("Олегович", "Олеговича"), ("Юрьевич", "Юрьевича"), ("Ильич", "Ильича"), ("Викторович", "Викторовича"),
    ];

    // Charge wordings of the mobilisation-era and peacetime parts, with what the rules must say.
    static readonly (string Article, string Part, string Category, bool Mobilisation)[] Charges =
    [
        ("337", "5", "AWOL", true), ("337", "5", "AWOL", true), ("337", "5", "AWOL", true), ("337", "3.1", "AWOL", true),
        ("337", "2.1", "AWOL", true), ("337", "4", "AWOL", false), ("338", "3", "DESERTION", true), ("332", "2.1", "DISOBEDIENCE", true),
        ("334", "3", "VIOLENCE_AGAINST_SUPERIOR", true), ("333", "3", "RESISTANCE_TO_SUPERIOR", true), ("352.1", "", "SURRENDER", true),
        ("339", "3", "EVASION", true), ("338", "1", "DESERTION", false),
    ];

    static readonly string[] NumNom = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать"];
    static readonly string[] NumGen = ["", "одного", "двух", "трёх", "четырёх", "пяти", "шести", "семи", "восьми", "девяти", "десяти", "одиннадцати", "двенадцати"];
    static readonly string[] NumDat = ["", "одному", "двум", "трём", "четырём", "пяти", "шести", "семи", "восьми", "девяти", "десяти", "одиннадцати", "двенадцати"];

    static readonly (long Amount, string Words)[] Fines =
    [
        (30_000, "тридцати тысяч"), (40_000, "сорока тысяч"), (50_000, "пятидесяти тысяч"), (100_000, "ста тысяч"),
        (150_000, "ста пятидесяти тысяч"), (200_000, "двухсот тысяч"), (250_000, "двухсот пятидесяти тысяч"),
    ];

    public static string Generate()
    {
        var random = new Random(Seed);
        var output = new StringBuilder();
        for (var i = 1; i <= Cases; i++)
        {
            var line = OneCase(random, i);
            output.Append(System.Text.Json.JsonSerializer.Serialize(line, CorpusCase.Json)).Append('\n');
        }
        // The forms real texts added later (a random stream of their own, so the cases above stay as they were).
        var variety = new Random(Seed + 1);
        for (var i = 1; i <= VarietyCases; i++)
            output.Append(System.Text.Json.JsonSerializer.Serialize(VarietyCase(variety, Cases + i), CorpusCase.Json)).Append('\n');
        return output.ToString();
    }

    sealed record Person(string CardName, string ActName, string DatName, bool Hidden, string Label);


    static CorpusCase OneCase(Random random, int index)
    {
        var count = random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 };
        var hidden = random.Next(5) == 0;
        var outcome = random.Next(12) == 0 ? "Уголовное дело ПРЕКРАЩЕНО" : "Вынесен ПРИГОВОР";
        var withAct = outcome.Contains("ПРИГОВОР", StringComparison.Ordinal) && random.Next(6) != 0;
        var people = new List<Person>();
        var usedSurnames = new HashSet<int>();
        for (var d = 0; d < count; d++)
        {
            int s;
            do
                s = random.Next(Surnames.Length);
            while (!usedSurnames.Add(s));
            var (stem, nom, acc, dat) = Surnames[s];
            var first = FirstNames[random.Next(FirstNames.Length)];
            var patronymic = Patronymics[random.Next(Patronymics.Length)];
            var initials = $"{first.Nom[0]}.{patronymic.Nom[0]}.";
            var card = random.Next(2) == 0 ? $"{stem}{nom} {first.Nom} {patronymic.Nom}" : $"{stem}{nom} {initials}";
            var actName = random.Next(2) == 0 ? $"{stem}{acc} {first.Acc} {patronymic.Acc}" : $"{stem}{acc} {initials}";
            people.Add(hidden
                ? new Person("Информация скрыта", $"ФИО{d + 1}", $"ФИО{d + 1}", true, $"ФИО{d + 1}")
                : new Person(card, actName, $"{stem}{dat} {initials}", false, ""));
        }

        var intro = new StringBuilder("ПРИГОВОР\nИменем Российской Федерации\nгарнизонный военный суд в составе председательствующего судьи Орехова В.В., при секретаре Лаптевой А.А., рассмотрев в открытом судебном заседании уголовное дело в отношении\n");
        var operative = new StringBuilder("На основании изложенного, руководствуясь ст. 307–309 УПК РФ, военный суд\n");
        operative.Append(random.Next(2) == 0 ? "П Р И Г О В О Р И Л:\n" : "ПРИГОВОРИЛ:\n");
        var defendants = new List<CorpusDefendant>();
        var annotations = new List<CorpusAnnotation>();
        for (var d = 0; d < count; d++)
        {
            var person = people[d];
            var charge = Charges[random.Next(Charges.Length)];
            var chargeRaw = ChargeWording(random, charge.Article, charge.Part);
            if (charge.Mobilisation && random.Next(5) == 0)
                chargeRaw += random.Next(2) == 0 ? "; ст.228 ч.1 УК РФ" : "; ст.264.1 ч.1 УК РФ";
            var service = random.Next(4) switch { 0 => "MOBILISED", 1 => "CONTRACT", 2 => "CONSCRIPT", _ => "" };
            var serviceText = service switch
            {
                "MOBILISED" => random.Next(2) == 0 ? "призванного на военную службу по мобилизации, " : "мобилизованного, ",
                "CONTRACT" => "проходящего военную службу по контракту, ",
                "CONSCRIPT" => "проходящего военную службу по призыву, ",
                _ => "",
            };
            intro.Append(CultureInfo.InvariantCulture, $"{(person.Hidden ? person.Label : person.ActName)}, родившегося {random.Next(1, 28)} марта {random.Next(1975, 2004)} года, {serviceText}ранее не судимого, обвиняемого в совершении преступления, предусмотренного {ArticleInText(charge.Article, charge.Part)} УК РФ,\n");

            var acquitted = count > 1 && random.Next(8) == 0;
            var (kind, term, probation, regime, fine, paragraph, dative) = acquitted
                ? ("ACQUITTED", 0, 0, "", 0L, $"{Capitalise(person.ActName)} по {ArticleInText(charge.Article, charge.Part)} УК РФ оправдать в связи с отсутствием в деянии состава преступления.\n", "")
                : Punishment(random, person, charge.Article, charge.Part);
            operative.Append(paragraph);

            var source = "";
            if (withAct)
                source = kind.Length > 0 ? "PUBLISHED_ACT" : "";
            else if (outcome.Contains("ПРИГОВОР", StringComparison.Ordinal) && dative.Length > 0 && random.Next(2) == 0)
            {
                annotations.Add(new CorpusAnnotation(d + 1, dative, "PRESS_RELEASE", $"2024-0{random.Next(1, 9)}-1{random.Next(0, 9)}"));
                source = "PRESS_RELEASE";
            }
            var known = source.Length > 0;
            // The art. 44 kind and added punishments are labelled where an act states the sentence (a press release's
            // wording is not labelled for them); none of these templates adds a punishment.
            var byAct = source == "PUBLISHED_ACT";
            defendants.Add(new CorpusDefendant(person.CardName, person.Hidden, chargeRaw, new CorpusExpectation(
                known ? kind : "",
                known ? term : 0,
                known ? probation : 0,
                known ? regime : "",
                known ? fine : 0,
                withAct ? (person.Hidden ? "REDACTED" : "NAME") : "",
                charge.Part.Length > 0 ? $"{charge.Article}/{charge.Part}" : charge.Article,
                charge.Category,
                charge.Mobilisation,
                withAct ? service : "",
                outcome.Contains("ПРИГОВОР", StringComparison.Ordinal) ? "VERDICT" : "DISMISSED",
                source,
                Penalty: byAct || !known ? PenaltyOf(known ? kind : "") : null,
                Additional: byAct || !known ? "" : null,
                Stage: "")));
        }
        intro.Append("УСТАНОВИЛ:\nподсудимые совершили преступления при следующих обстоятельствах. Санкция статьи предусматривает лишение свободы на срок до 10 лет.\n");
        var act = withAct ? intro.Append(operative).Append("Меру пресечения оставить прежней. Приговор может быть обжалован в течение 15 суток.\n").ToString() : "";
        return new CorpusCase($"g{index:000}", "generated", outcome, act, annotations, defendants);
    }

    static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    static string ChargeWording(Random random, string article, string part) => part.Length == 0
        ? $"ст.{article} УК РФ"
        : random.Next(4) switch
        {
            0 => $"ст.{article} ч.{part} УК РФ",
            1 => $"ч. {part} ст. {article} УК РФ",
            2 => $"ст. {article} ч. {part}",
            _ => $"Статья {article} Часть {part}",
        };

    static string ArticleInText(string article, string part) => part.Length == 0 ? $"ст. {article}" : $"ч. {part} ст. {article}";

    static (string Kind, int Term, int Probation, string Regime, long Fine, string Paragraph, string Dative) Punishment(Random random, Person person, string article, string part)
    {
        var opening = random.Next(2) == 0
            ? $"Признать {person.ActName} виновным в совершении преступления, предусмотренного {ArticleInText(article, part)} УК РФ, и назначить ему наказание"
            : $"{Capitalise(person.ActName)} признать виновным в совершении преступления, предусмотренного {ArticleInText(article, part)} УК РФ, и назначить ему наказание";
        if (random.Next(5) == 0)
            opening += " с применением ст. 64 УК РФ";
        switch (random.Next(10))
        {
            case < 4:
            {
                var term = random.Next(1, 11) * 12 + (random.Next(3) == 0 ? random.Next(1, 12) : 0);
                var (regime, regimeText) = random.Next(3) switch
                {
                    0 => ("SETTLEMENT", "в колонии-поселении"),
                    1 => ("GENERAL", "в исправительной колонии общего режима"),
                    _ => ("STRICT", "в исправительной колонии строгого режима"),
                };
                return ("IMPRISONMENT", term, 0, regime, 0,
                    $"{opening} в виде лишения свободы на срок {Term(random, term)} с отбыванием наказания {regimeText}.\n",
                    $"приговорил к {Dative(term)} лишения свободы с отбыванием наказания {regimeText}");
            }
            case < 7:
            {
                var term = random.Next(6, 73);
                var probation = random.Next(6, 61);
                var wording = random.Next(2) == 0
                    ? $" На основании ст. 73 УК РФ назначенное {person.DatName} наказание считать условным с испытательным сроком {Term(random, probation)}."
                    : $", условно с испытательным сроком {Term(random, probation)}.";
                return ("SUSPENDED", term, probation, "", 0,
                    $"{opening} в виде лишения свободы на срок {Term(random, term)}{(wording.StartsWith(',') ? wording : "." + wording)}\n",
                    $"приговорил к {Dative(term)} лишения свободы условно с испытательным сроком {Term(random, probation)}");
            }
            case 7:
            {
                var term = random.Next(3, 25);
                return ("DISCIPLINARY_UNIT", term, 0, "", 0,
                    $"{opening} в виде содержания в дисциплинарной воинской части на срок {Term(random, term)}.\n", "");
            }
            case 8:
            {
                var (amount, words) = Fines[random.Next(Fines.Length)];
                var digits = amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');
                var text = random.Next(2) == 0 ? $"{digits} ({words}) рублей" : $"{digits} рублей";
                return ("FINE", 0, 0, "", amount, $"{opening} в виде штрафа в размере {text}.\n", $"оштрафовал на {digits} рублей");
            }
            default:
            {
                var term = random.Next(6, 61);
                return ("COMPULSORY_LABOUR", term, 0, "", 0,
                    $"{opening} в виде принудительных работ на срок {Term(random, term)} с удержанием из заработной платы 10 % в доход государства.\n", "");
            }
        }
    }

    /// <summary>A term as courts print it: «5 (пять) лет 6 (шесть) месяцев», «1 год 8 месяцев» or «двух лет шести месяцев».</summary>
    static string Term(Random random, int months)
    {
        var (years, rest) = (months / 12, months % 12);
        var style = random.Next(3);
        var parts = new List<string>();
        if (years > 0)
            parts.Add(Piece(style, years, "год", "года", "лет"));
        if (rest > 0)
            parts.Add(Piece(style, rest, "месяц", "месяца", "месяцев"));
        return string.Join(' ', parts);
    }

    static string Piece(int style, int n, string one, string few, string many) => style switch
    {
        0 => $"{n} ({NumNom[n]}) {Unit(n, one, few, many)}",
        1 => $"{n} {Unit(n, one, few, many)}",
        _ => $"{NumGen[n]} {(n == 1 ? (one == "год" ? "года" : "месяца") : (one == "год" ? "лет" : "месяцев"))}",
    };

    static string Unit(int n, string one, string few, string many) =>
        n % 10 == 1 && n % 100 != 11 ? one : n % 10 is >= 2 and <= 4 && (n % 100 < 12 || n % 100 > 14) ? few : many;

    static string Dative(int months)
    {
        var (years, rest) = (months / 12, months % 12);
        var parts = new List<string>();
        if (years > 0)
            parts.Add($"{NumDat[years]} {(years == 1 ? "году" : "годам")}");
        if (rest > 0)
            parts.Add($"{NumDat[rest]} {(rest == 1 ? "месяцу" : "месяцам")}");
        return string.Join(' ', parts);
    }
}
