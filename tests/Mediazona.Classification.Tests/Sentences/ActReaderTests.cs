using Mediazona.Classification.Sentences;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Tests.Sentences;

public class ActReaderTests
{
    const string Single = """
        ПРИГОВОР
        Именем Российской Федерации
        10 апреля 2024 года, г. Курск
        Курский гарнизонный военный суд в составе председательствующего Смирнова А.В., при секретаре Кузнецовой Е.А.,
        с участием государственного обвинителя – помощника военного прокурора Курского гарнизона капитана юстиции Орлова Д.С.,
        подсудимого Иванова И.И., защитника – адвоката Сидорова П.П.,
        рассмотрев в открытом судебном заседании уголовное дело в отношении военнослужащего войсковой части 00000 рядового
        Иванова Ивана Ивановича, родившегося 5 мая 1990 года в г. Курске, призванного на военную службу по мобилизации
        в октябре 2022 года, ранее не судимого, обвиняемого в совершении преступления, предусмотренного ч. 5 ст. 337 УК РФ,
        УСТАНОВИЛ:
        Иванов, проходящий военную службу по мобилизации, желая временно уклониться от её прохождения, 1 декабря 2022 года
        не явился в срок без уважительных причин на службу и до 20 февраля 2023 года проводил время по своему усмотрению.
        Санкция ч. 5 ст. 337 УК РФ предусматривает наказание в виде лишения свободы на срок от 5 до 10 лет.
        На основании изложенного, руководствуясь ст. 307–309 УПК РФ, военный суд
        П Р И Г О В О Р И Л:
        Признать Иванова Ивана Ивановича виновным в совершении преступления, предусмотренного ч. 5 ст. 337 УК РФ,
        и назначить ему наказание с применением ст. 64 УК РФ в виде лишения свободы на срок 2 (два) года 6 (шесть) месяцев.
        На основании ст. 73 УК РФ назначенное Иванову И.И. наказание считать условным с испытательным сроком 3 (три) года.
        Меру пресечения в отношении Иванова И.И. до вступления приговора в законную силу оставить прежней.
        Приговор может быть обжалован в апелляционном порядке в течение 15 суток.
        """;

    static readonly DefendantRef[] OneDefendant = [new(1, "Иванов Иван Иванович", false)];

    [Fact]
    public void Reads_the_suspended_sentence_and_the_service_type_of_a_single_defendant()
    {
        var finding = Assert.Single(ActReader.Read(Single, OneDefendant));

        Assert.Equal((1, MatchedBy.Name, ServiceType.Mobilised), (finding.Ordinal, finding.MatchedBy, finding.ServiceType));
        Assert.Equal((PunishmentKind.Suspended, 30, 36), (finding.Sentence!.Kind, finding.Sentence.TermMonths, finding.Sentence.ProbationMonths));
    }

    [Fact]
    public void The_sanction_quoted_before_the_operative_part_is_not_the_sentence()
    {
        var text = Single.Replace("с применением ст. 64 УК РФ в виде лишения свободы на срок 2 (два) года 6 (шесть) месяцев", "в виде лишения свободы на срок 5 (пять) лет с отбыванием наказания в исправительной колонии общего режима", StringComparison.Ordinal)
            .Replace("На основании ст. 73 УК РФ назначенное Иванову И.И. наказание считать условным с испытательным сроком 3 (три) года.", "", StringComparison.Ordinal);

        var sentence = Assert.Single(ActReader.Read(text, OneDefendant)).Sentence!;

        Assert.Equal((PunishmentKind.Imprisonment, 60, ColonyRegime.General), (sentence.Kind, sentence.TermMonths, sentence.Regime));
    }

    const string Group = """
        рассмотрев уголовное дело в отношении
        Петрова Петра Петровича, проходящего военную службу по контракту, обвиняемого в совершении преступления, предусмотренного ч. 2.1 ст. 332 УК РФ,
        Сидорова Семёна Ильича, проходящего военную службу по призыву, обвиняемого в совершении преступления, предусмотренного ч. 2.1 ст. 332 УК РФ,
        Белого Олега Игоревича, мобилизованного, обвиняемого в совершении преступления, предусмотренного ч. 2.1 ст. 332 УК РФ,
        ПРИГОВОРИЛ:
        Сидорова Семёна Ильича признать невиновным и оправдать по ч. 2.1 ст. 332 УК РФ в связи с отсутствием в деянии состава преступления.
        Признать за Сидоровым С.И. право на реабилитацию.
        Признать Петрова Петра Петровича виновным в совершении преступления, предусмотренного ч. 2.1 ст. 332 УК РФ, и назначить ему наказание в виде лишения свободы на срок 2 (два) года с отбыванием наказания в колонии-поселении.
        Белого Олега Игоревича признать виновным в совершении преступления, предусмотренного ч. 2.1 ст. 332 УК РФ, и назначить ему наказание в виде лишения свободы на срок двух лет шести месяцев. На основании ст. 73 УК РФ назначенное Белому О.И. наказание считать условным с испытательным сроком два года.
        """;

    [Fact]
    public void A_group_verdict_ties_each_paragraph_to_its_defendant_by_declined_name()
    {
        DefendantRef[] defendants = [new(1, "Белый Олег Игоревич", false), new(2, "Петров П.П.", false), new(3, "Сидоров Семён Ильич", false)];

        var findings = ActReader.Read(Group, defendants).ToDictionary(f => f.Ordinal);

        Assert.Equal((PunishmentKind.Suspended, 30, 24, ServiceType.Mobilised), (findings[1].Sentence!.Kind, findings[1].Sentence!.TermMonths, findings[1].Sentence!.ProbationMonths, findings[1].ServiceType));
        Assert.Equal((PunishmentKind.Imprisonment, 24, ColonyRegime.Settlement, ServiceType.Contract), (findings[2].Sentence!.Kind, findings[2].Sentence!.TermMonths, findings[2].Sentence!.Regime, findings[2].ServiceType));
        Assert.Equal((PunishmentKind.Acquitted, ServiceType.Conscript), (findings[3].Sentence!.Kind, findings[3].ServiceType));
        Assert.All(findings.Values, f => Assert.Equal(MatchedBy.Name, f.MatchedBy));
    }

    [Fact]
    public void Redacted_names_go_by_their_number_not_by_their_place_in_the_text()
    {
        const string text = """
            ПРИГОВОРИЛ:
            ФИО2 признать виновным в совершении преступления, предусмотренного ч. 5 ст. 337 УК РФ, и назначить ему наказание в виде лишения свободы на срок 6 (шесть) лет с отбыванием наказания в исправительной колонии строгого режима.
            ФИО1 признать виновным в совершении преступления, предусмотренного ч. 3.1 ст. 337 УК РФ, и назначить ему наказание в виде штрафа в размере 100 000 (ста тысяч) рублей.
            """;
        DefendantRef[] hidden = [new(1, "Информация скрыта", true), new(2, "Информация скрыта", true)];

        var findings = ActReader.Read(text, hidden).ToDictionary(f => f.Ordinal);

        Assert.Equal((PunishmentKind.Fine, 100_000L, MatchedBy.Redacted), (findings[1].Sentence!.Kind, findings[1].Sentence!.FineRubles, findings[1].MatchedBy));
        Assert.Equal((PunishmentKind.Imprisonment, 72, ColonyRegime.Strict), (findings[2].Sentence!.Kind, findings[2].Sentence!.TermMonths, findings[2].Sentence!.Regime));
    }

    [Fact]
    public void Unnamed_paragraphs_go_by_order_when_the_counts_agree()
    {
        const string text = """
            ПРИГОВОРИЛ:
            Признать виновным подсудимого в совершении преступления, предусмотренного ч. 3 ст. 338 УК РФ, и назначить наказание в виде лишения свободы на срок 7 лет с отбыванием в колонии строгого режима.
            Признать виновным второго подсудимого в совершении преступления, предусмотренного ч. 3 ст. 338 УК РФ, и назначить наказание в виде лишения свободы на срок 6 лет с отбыванием в колонии строгого режима.
            """;
        DefendantRef[] hidden = [new(1, "Информация скрыта", true), new(2, "Информация скрыта", true)];

        var findings = ActReader.Read(text, hidden);

        Assert.Equal([(1, 84, MatchedBy.Order), (2, 72, MatchedBy.Order)], findings.Select(f => (f.Ordinal, f.Sentence!.TermMonths, f.MatchedBy)));
    }

    [Fact]
    public void A_partial_acquittal_is_still_a_conviction()
    {
        const string text = """
            ПРИГОВОРИЛ:
            Кузнецова Андрея Викторовича по ст. 336 УК РФ оправдать в связи с отсутствием в деянии состава преступления.
            Его же признать виновным в совершении преступления, предусмотренного ч. 3 ст. 334 УК РФ, и назначить ему наказание в виде лишения свободы на срок 5 (пять) лет с отбыванием наказания в исправительной колонии общего режима.
            """;
        DefendantRef[] defendants = [new(1, "Кузнецов Андрей Викторович", false), new(2, "Орлов Олег Олегович", false)];

        var finding = Assert.Single(ActReader.Read(text, defendants));

        Assert.Equal((1, PunishmentKind.Imprisonment, 60), (finding.Ordinal, finding.Sentence!.Kind, finding.Sentence.TermMonths));
    }

    [Fact]
    public void A_joint_paragraph_sentences_everyone_it_names()
    {
        const string text = """
            ПРИГОВОРИЛ:
            Признать Волкова В.В. и Зайцева З.З. виновными в совершении преступления, предусмотренного ч. 2.1 ст. 332 УК РФ, и назначить каждому из них наказание в виде лишения свободы на срок 2 (два) года 1 (один) месяц с отбыванием наказания в колонии-поселении.
            """;
        DefendantRef[] defendants = [new(1, "Волков Владимир Владимирович", false), new(2, "Зайцев Захар Захарович", false)];

        var findings = ActReader.Read(text, defendants);

        Assert.Equal([(1, 25), (2, 25)], findings.Select(f => (f.Ordinal, f.Sentence!.TermMonths)));
    }

    [Fact]
    public void A_ruling_without_a_verdict_sentences_nobody()
    {
        const string text = "ПОСТАНОВИЛ: уголовное дело в отношении Иванова Ивана Ивановича прекратить в связи с примирением сторон.";

        Assert.All(ActReader.Read(text, [new(1, "Иванов Иван Иванович", false), new(2, "Петров Пётр Петрович", false)]), f => Assert.Null(f.Sentence));
    }
}
