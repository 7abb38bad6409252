using System.Globalization;
using System.Text;

namespace Mediazona.Classification.Tests.Corpus;

/// <summary>
/// The generated corpus's second part: forms real verdicts and charge lists showed after the first templates were
/// written — attempt, preparation and complicity written with the crime, sentencing articles and other codes in the
/// charge list, aggregate sentences (ч.3 ст.69, then ст.70 «окончательно»), punishments added to the main one, and the
/// art. 44 kinds that used to be lumped together. Every label still comes from the template.
/// </summary>
public static partial class CorpusGenerator
{
    public const int VarietyCases = 80;

    static readonly string[] Ranks = ["рядовой", "ефрейтор", "младший сержант", "сержант", "старший лейтенант", "майор"];

    /// <summary>The art. 44 kind an act's main punishment has, by the coarse kind the templates label (docs/classification.md).</summary>
    static string PenaltyOf(string kind) => kind switch
    {
        "IMPRISONMENT" or "SUSPENDED" => "DEPRIVATION_OF_LIBERTY",
        "DISCIPLINARY_UNIT" => "DISCIPLINARY_UNIT",
        "FINE" => "FINE",
        "COMPULSORY_LABOUR" => "FORCED_LABOUR",
        _ => "",
    };

    sealed record Sentence(string Kind, int Term, int Probation, string Regime, string Penalty, string Additional, string Paragraphs);

    static CorpusCase VarietyCase(Random random, int index)
    {
        var count = random.Next(4) == 0 ? 2 : 1;
        var hidden = random.Next(5) == 0;
        var intro = new StringBuilder("ПРИГОВОР\nИменем Российской Федерации\nгарнизонный военный суд в составе председательствующего судьи Орехова В.В., при секретаре Лаптевой А.А., рассмотрев в открытом судебном заседании уголовное дело в отношении\n");
        var operative = new StringBuilder("На основании изложенного, руководствуясь ст. 307–309 УПК РФ, военный суд\nПРИГОВОРИЛ:\n");
        var defendants = new List<CorpusDefendant>();
        var used = new HashSet<int>();
        for (var d = 0; d < count; d++)
        {
            int s;
            do
                s = random.Next(Surnames.Length);
            while (!used.Add(s));
            var (stem, nom, acc, dat) = Surnames[s];
            var first = FirstNames[random.Next(FirstNames.Length)];
            var patronymic = Patronymics[random.Next(Patronymics.Length)];
            var initials = $"{first.Nom[0]}.{patronymic.Nom[0]}.";
            var person = hidden
                ? new Person("Информация скрыта", $"ФИО{d + 1}", $"ФИО{d + 1}", true, $"ФИО{d + 1}")
                : new Person($"{stem}{nom} {first.Nom} {patronymic.Nom}", $"{stem}{acc} {initials}", $"{stem}{dat} {initials}", false, "");

            var charge = Charges[random.Next(Charges.Length)];
            var (chargeRaw, stage, inText) = QualifiedCharge(random, charge.Article, charge.Part);
            intro.Append(CultureInfo.InvariantCulture, $"{person.ActName}, родившегося {random.Next(1, 28)} мая {random.Next(1975, 2004)} года, ранее не судимого, обвиняемого в совершении преступления, предусмотренного {inText} УК РФ,\n");
            var sentence = VarietySentence(random, person, inText, charge.Article, charge.Part);
            if (sentence.Paragraphs.Contains("ч. 1 ст. 228", StringComparison.Ordinal))
                chargeRaw += "; ст.228 ч.1 УК РФ";
            operative.Append(sentence.Paragraphs);
            defendants.Add(new CorpusDefendant(person.CardName, person.Hidden, chargeRaw, new CorpusExpectation(
                sentence.Kind, sentence.Term, sentence.Probation, sentence.Regime, 0,
                person.Hidden ? "REDACTED" : "NAME",
                charge.Part.Length > 0 ? $"{charge.Article}/{charge.Part}" : charge.Article,
                charge.Category, charge.Mobilisation, "", "VERDICT", "PUBLISHED_ACT",
                Penalty: sentence.Penalty, Additional: sentence.Additional, Stage: stage)));
        }
        intro.Append("УСТАНОВИЛ:\nподсудимые совершили преступления при следующих обстоятельствах.\n");
        var act = intro.Append(operative).Append("Меру пресечения оставить прежней. Приговор может быть обжалован в течение 15 суток.\n").ToString();
        return new CorpusCase($"g{index:000}", "generated: variety", "Вынесен ПРИГОВОР", act, [], defendants);
    }

    /// <summary>The card's charge list with what real lists add around the crime, its stage, and the act's wording of it.</summary>
    static (string Raw, string Stage, string InText) QualifiedCharge(Random random, string article, string part)
    {
        var crime = part.Length > 0 ? $"ст.{article} ч.{part}" : $"ст.{article}";
        var crimeInText = ArticleInText(article, part);
        return random.Next(10) switch
        {
            0 or 1 => ($"ст. 30 ч.3, {crime} УК РФ", "ATTEMPT", $"ч. 3 ст. 30, {crimeInText}"),
            2 => ($"ст.30 ч.1, {crime} УК РФ", "PREPARATION", $"ч. 1 ст. 30, {crimeInText}"),
            3 => ($"ст.33 ч.5-{crime} УК РФ", "", $"ч. 5 ст. 33, {crimeInText}"),
            4 => ($"УК РФ: ст. 62 ч.1; {crime}", "", crimeInText),
            5 => ($"{crime} УК РФ; <Информация скрыта> - ст.125 УПК РФ", "", crimeInText),
            6 => ($"ст.73 ч.5; {crime} УК РФ", "", crimeInText),
            _ => (ChargeWording(random, article, part), "", crimeInText),
        };
    }

    static Sentence VarietySentence(Random random, Person person, string inText, string article, string part)
    {
        var opening = $"Признать {person.ActName} виновным в совершении преступления, предусмотренного {inText} УК РФ, и назначить ему наказание";
        switch (random.Next(8))
        {
            case 0:
            {
                // ст.70: an earlier sentence's unserved part joined; the final term and regime are the last step's.
                var first = random.Next(12, 49);
                var final = first + random.Next(2, 13);
                return new Sentence("IMPRISONMENT", final, 0, "STRICT", "DEPRIVATION_OF_LIBERTY", "",
                    $"{opening} в виде лишения свободы на срок {Term(random, first)}.\n" +
                    $"На основании ст. 70 УК РФ по совокупности приговоров к назначенному наказанию частично присоединить неотбытую часть наказания по приговору Курского гарнизонного военного суда от 12 мая 2022 года и окончательно назначить {person.DatName} наказание в виде лишения свободы на срок {Term(random, final)} с отбыванием наказания в исправительной колонии строгого режима.\n");
            }
            case 1:
            {
                // Two counts, ч.3 ст.69 (general regime), then ст.70 (strict).
                var (one, two) = (random.Next(12, 37), random.Next(6, 25));
                var joined = Math.Max(one, two) + random.Next(1, 7);
                var final = joined + random.Next(1, 7);
                return new Sentence("IMPRISONMENT", final, 0, "STRICT", "DEPRIVATION_OF_LIBERTY", "",
                    $"Признать {person.ActName} виновным в совершении преступлений, предусмотренных {inText} и ч. 1 ст. 228 УК РФ, и назначить ему наказание:\n" +
                    $"- по {inText} УК РФ в виде лишения свободы на срок {Term(random, one)};\n" +
                    $"- по ч. 1 ст. 228 УК РФ в виде лишения свободы на срок {Term(random, two)}.\n" +
                    $"На основании ч. 3 ст. 69 УК РФ по совокупности преступлений путём частичного сложения наказаний назначить {person.DatName} наказание в виде лишения свободы на срок {Term(random, joined)} с отбыванием наказания в исправительной колонии общего режима.\n" +
                    $"В соответствии со ст. 70 УК РФ по совокупности приговоров путём частичного присоединения неотбытой части наказания по приговору от 3 марта 2021 года окончательно назначить {person.DatName} наказание в виде лишения свободы на срок {Term(random, final)} с отбыванием наказания в исправительной колонии строгого режима.\n");
            }
            case 2:
            {
                var (term, probation) = (random.Next(12, 61), random.Next(12, 49));
                var (amount, _) = Fines[random.Next(Fines.Length)];
                var digits = amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');
                return new Sentence("SUSPENDED", term, probation, "", "DEPRIVATION_OF_LIBERTY", $"FINE {amount}",
                    $"{opening} в виде лишения свободы на срок {Term(random, term)} со штрафом в размере {digits} рублей.\n" +
                    $"На основании ст. 73 УК РФ назначенное {person.DatName} основное наказание в виде лишения свободы считать условным с испытательным сроком {Term(random, probation)}.\n");
            }
            case 3:
            {
                var term = random.Next(24, 97);
                var rank = Ranks[random.Next(Ranks.Length)];
                var rankText = random.Next(2) == 0
                    ? $", с лишением воинского звания «{rank}».\n"
                    : $".\nНа основании ст. 48 УК РФ лишить {person.ActName} воинского звания «{rank}».\n";
                return new Sentence("IMPRISONMENT", term, 0, "GENERAL", "DEPRIVATION_OF_LIBERTY", "DEPRIVATION_OF_RANK",
                    $"{opening} в виде лишения свободы на срок {Term(random, term)} с отбыванием наказания в исправительной колонии общего режима{rankText}");
            }
            case 4:
            {
                var (term, restriction) = (random.Next(24, 97), random.Next(1, 3) * 12);
                var ban = random.Next(2) == 0;
                var banText = ban ? ", с лишением права занимать должности на государственной службе, связанные с осуществлением функций представителя власти, на срок 2 года" : "";
                return new Sentence("IMPRISONMENT", term, 0, "STRICT", "DEPRIVATION_OF_LIBERTY",
                    ban ? $"BAN_ON_POSTS 24; RESTRICTION_OF_FREEDOM {restriction}" : $"RESTRICTION_OF_FREEDOM {restriction}",
                    $"{opening} в виде лишения свободы на срок {Term(random, term)} с отбыванием наказания в исправительной колонии строгого режима, с ограничением свободы на срок {Term(random, restriction)}{banText}.\n");
            }
            case 5:
            {
                var term = random.Next(3, 25);
                var percent = random.Next(1, 4) * 5;
                return new Sentence("OTHER", term, 0, "", "CORRECTIVE_LABOUR", "",
                    $"{opening} в виде исправительных работ на срок {Term(random, term)} с удержанием {percent} % из заработной платы в доход государства.\n");
            }
            case 6:
            {
                var term = random.Next(3, 25);
                var percent = random.Next(1, 4) * 5;
                return new Sentence("OTHER", term, 0, "", "MILITARY_SERVICE_RESTRICTION", "",
                    $"{opening} в виде ограничения по военной службе на срок {Term(random, term)} с удержанием в доход государства {percent} процентов из денежного довольствия.\n");
            }
            default:
            {
                var term = random.Next(6, 37);
                return new Sentence("OTHER", term, 0, "", "RESTRICTION_OF_FREEDOM", "",
                    $"{opening} в виде ограничения свободы на срок {Term(random, term)}.\n");
            }
        }
    }
}
