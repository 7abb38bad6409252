using Mediazona.Contracts.Cases.V1;
using static Mediazona.EndToEnd.Tests.Study.RussianWording;

namespace Mediazona.EndToEnd.Tests.Study;

/// <summary>
/// The texts sentences are read from: a published verdict (one operative paragraph per defendant, depersonalised
/// «ФИО1» unless the card names them) and the facts other sources give, sent through AnnotateCase.
/// </summary>
static class SourceTexts
{
    /// <summary>Paragraphs of the приговор, in order.</summary>
    public static IReadOnlyList<string> Verdict(PlannedCase c)
    {
        var decided = c.Decided!.Value;
        var subjects = c.Defendants.Select((d, i) => d.Name is { } name ? AccusativeWithInitials(name) : $"ФИО{i + 1}").ToList();
        var several = c.Defendants.Count > 1;
        var paragraphs = new List<string>
        {
            "П Р И Г О В О Р",
            "ИМЕНЕМ РОССИЙСКОЙ ФЕДЕРАЦИИ",
            $"{LongDate(decided)} г. {c.Court.City}",
            $"{c.Court.Name} в составе председательствующего {AccusativeWithInitials(c.Court.Judge)}, при секретаре судебного заседания Петровой А.С., "
                + "с участием государственного обвинителя — помощника военного прокурора гарнизона капитана юстиции Громова И.В., "
                + $"{(several ? "подсудимых" : "подсудимого")} {string.Join(", ", subjects)}, защитника — адвоката Никитиной Е.В., "
                + $"рассмотрев в открытом судебном заседании в помещении военного суда уголовное дело в отношении {(several ? "военнослужащих" : "военнослужащего")} "
                + $"войсковой части 00000 {string.Join(", ", subjects)}, проходящего военную службу по мобилизации, обвиняемого в совершении преступления, "
                + $"предусмотренного {ChargesInAct(c.Defendants[0].Charges)},",
            "У С Т А Н О В И Л:",
            $"{subjects[0]}, проходя военную службу в период мобилизации, без уважительных причин не явился в срок на службу в войсковую часть 00000, "
                + "желая временно уклониться от исполнения обязанностей военной службы, и проводил время по своему усмотрению, "
                + "пока не явился в военный следственный отдел. Вину в содеянном подсудимый признал полностью.",
            "П Р И Г О В О Р И Л:",
        };
        for (var i = 0; i < c.Defendants.Count; i++)
            paragraphs.AddRange(Operative(subjects[i], c.Defendants[i]));
        paragraphs.Add("Меру пресечения в отношении осуждённого — наблюдение командования воинской части — до вступления приговора в законную силу оставить без изменения.");
        paragraphs.Add($"Приговор может быть обжалован в апелляционном порядке в окружной военный суд через {c.Court.Name} в течение 15 суток со дня его провозглашения.");
        paragraphs.Add($"Председательствующий {WithInitials(c.Court.Judge)}");
        return paragraphs;
    }

    static IEnumerable<string> Operative(string subject, Accused defendant)
    {
        var sentence = defendant.Sentence!;
        var charges = ChargesInAct(defendant.Charges);
        if (ChargeCount(defendant.Charges) > 1)
        {
            // Several counts: a term per count, then the aggregate that is served (art. 69 ч.3).
            yield return $"Признать {subject} виновным в совершении преступлений, предусмотренных {charges}, и назначить ему наказание: "
                + $"по первому эпизоду — в виде лишения свободы на срок {Term(12)}; по второму эпизоду — в виде лишения свободы на срок {Term(sentence.Months - 6)}.";
            yield return $"На основании ч. 3 ст. 69 УК РФ по совокупности преступлений путём частичного сложения назначенных наказаний окончательно назначить {subject} "
                + $"наказание в виде лишения свободы на срок {Term(sentence.Months)} с отбыванием наказания в {Regime(sentence.Regime)}.";
            yield break;
        }
        var guilty = $"Признать {subject} виновным в совершении преступления, предусмотренного {charges}, и назначить ему наказание";
        switch (sentence.Kind)
        {
            case PunishmentKind.Suspended:
                yield return $"{guilty} в виде лишения свободы на срок {Term(sentence.Months)}.";
                yield return $"На основании ст. 73 УК РФ назначенное {subject} наказание считать условным с испытательным сроком {Term(sentence.ProbationMonths)}.";
                break;
            case PunishmentKind.DisciplinaryUnit:
                yield return $"{guilty} в виде содержания в дисциплинарной воинской части на срок {Term(sentence.Months)}.";
                break;
            default:
                yield return $"{guilty} в виде лишения свободы на срок {Term(sentence.Months)} с отбыванием наказания в {Regime(sentence.Regime)}.";
                break;
        }
    }

    /// <summary>What the case's source says about one defendant, as an annotation (the desk's own entries come structured).</summary>
    public static Annotation Annotation(PlannedCase c, int ordinal)
    {
        var defendant = c.Defendants[ordinal - 1];
        var sentence = defendant.Sentence!;
        var published = c.Decided!.Value.AddDays(2);
        var who = defendant.Name is { } name ? AccusativeWithInitials(name) : "его";
        var annotation = new Annotation
        {
            DefendantOrdinal = ordinal,
            Source = c.Source,
            SourceDate = published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            SourceUrl = c.Source == FactSource.PressRelease ? $"https://{c.Court.Host}/modules.php?name=press_dep&op=1&did={c.Sequence}" : "",
        };
        var punished = sentence.Kind switch
        {
            PunishmentKind.Suspended => $"лишения свободы условно с испытательным сроком {PlainTerm(sentence.ProbationMonths)}",
            PunishmentKind.DisciplinaryUnit => "содержания в дисциплинарной воинской части",
            _ => $"лишения свободы с отбыванием наказания в {Regime(sentence.Regime)}",
        };
        switch (c.Source)
        {
            case FactSource.PressRelease:
                annotation.Text = $"{c.Court.Name} вынес приговор по уголовному делу в отношении военнослужащего, признанного виновным в совершении преступления, "
                    + $"предусмотренного {ChargesInAct(defendant.Charges)}. Суд приговорил {who} к {DativeTerm(sentence.Months)} {punished}. "
                    + "После оглашения приговора судья провёл с военнослужащими профилактическую беседу. Приговор не вступил в законную силу.";
                break;
            case FactSource.Lawyer:
                annotation.Text = $"Защитник осуждённого сообщил редакции, что суд назначил его подзащитному {PlainTerm(sentence.Months)} {punished}.";
                break;
            case FactSource.Other:
                annotation.Text = $"Мать осуждённого рассказала, что суд приговорил сына к {DativeTerm(sentence.Months)} {punished}.";
                break;
            default:
                annotation.Text = "Внесено вручную по ответу суда на запрос редакции.";
                annotation.Punishment = new Punishment
                {
                    Kind = sentence.Kind,
                    TermMonths = sentence.Months,
                    ProbationMonths = sentence.ProbationMonths,
                    Regime = sentence.Regime,
                    RawText = $"{PlainTerm(sentence.Months)} {punished}",
                };
                break;
        }
        return annotation;
    }
}
