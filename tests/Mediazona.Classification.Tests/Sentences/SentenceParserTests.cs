using Mediazona.Classification.Sentences;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Tests.Sentences;

public class SentenceParserTests
{
    static Sentence Parse(string text) => SentenceParser.Parse(text) ?? throw new Xunit.Sdk.XunitException("no sentence read from: " + text);

    [Fact]
    public void Real_imprisonment_with_its_regime()
    {
        var sentence = Parse("назначить ему наказание в виде лишения свободы на срок 5 (пять) лет 6 (шесть) месяцев с отбыванием наказания в исправительной колонии общего режима.");

        Assert.Equal((PunishmentKind.Imprisonment, 66, 0, ColonyRegime.General), (sentence.Kind, sentence.TermMonths, sentence.ProbationMonths, sentence.Regime));
        Assert.StartsWith("лишения свободы", sentence.RawText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("в колонии-поселении", ColonyRegime.Settlement)]
    [InlineData("в колонии - поселении", ColonyRegime.Settlement)]
    [InlineData("в исправительной колонии строгого режима", ColonyRegime.Strict)]
    [InlineData("в исправительной колонии особого режима", ColonyRegime.Special)]
    public void Reads_each_regime(string where, ColonyRegime regime) =>
        Assert.Equal(regime, Parse($"в виде лишения свободы на срок 2 года с отбыванием наказания {where}").Regime);

    [Theory]
    [InlineData("в виде лишения свободы на срок 2 (два) года. На основании ст. 73 УК РФ назначенное наказание считать условным с испытательным сроком 3 (три) года.", 24, 36)]
    [InlineData("лишение свободы сроком на 1 год 6 месяцев условно с испытательным сроком 2 года", 18, 24)]
    [InlineData("приговорил к 5 годам лишения свободы условно с испытательным сроком пять лет", 60, 60)]
    [InlineData("в виде лишения свободы на срок шести месяцев; в соответствии со статьёй 73 УК РФ назначенное наказание считать условным, установив испытательный срок в один год", 6, 12)]
    public void Art_73_makes_it_suspended_with_its_probation(string text, int term, int probation)
    {
        var sentence = Parse(text);

        Assert.Equal((PunishmentKind.Suspended, term, probation, ColonyRegime.Unspecified), (sentence.Kind, sentence.TermMonths, sentence.ProbationMonths, sentence.Regime));
    }

    [Fact]
    public void Revoking_an_earlier_suspension_is_not_a_suspension()
    {
        var sentence = Parse("На основании ч. 5 ст. 74 УК РФ отменить условное осуждение по приговору от 1 марта 2022 года и окончательно назначить наказание в виде лишения свободы на срок 3 года с отбыванием наказания в исправительной колонии общего режима");

        Assert.Equal((PunishmentKind.Imprisonment, 36, ColonyRegime.General), (sentence.Kind, sentence.TermMonths, sentence.Regime));
    }

    [Fact]
    public void The_aggregate_term_wins_over_the_terms_per_count()
    {
        var sentence = Parse("""
            назначить ему наказание:
            - по ч. 5 ст. 337 УК РФ в виде лишения свободы на срок 5 (пять) лет;
            - по ч. 1 ст. 228 УК РФ в виде лишения свободы на срок 1 (один) год.
            На основании ч. 3 ст. 69 УК РФ по совокупности преступлений путём частичного сложения назначенных наказаний
            окончательно назначить Иванову И.И. наказание в виде лишения свободы на срок 5 (пять) лет 6 (шесть) месяцев
            с отбыванием наказания в исправительной колонии общего режима.
            """);

        Assert.Equal((PunishmentKind.Imprisonment, 66, ColonyRegime.General), (sentence.Kind, sentence.TermMonths, sentence.Regime));
    }

    [Fact]
    public void The_last_aggregation_step_is_the_punishment_served_and_its_regime_is_the_one()
    {
        var sentence = Parse("""
            Признать Семёнова С.С. виновным и назначить ему наказание: по ч. 4 ст. 337 УК РФ — 2 года лишения свободы;
            по ч. 2 ст. 228 УК РФ — 3 года 6 месяцев лишения свободы. В соответствии с ч. 3 ст. 69 УК РФ по совокупности
            преступлений путём частичного сложения наказаний назначить 4 года лишения свободы в колонии общего режима.
            На основании ст. 70 УК РФ по совокупности приговоров к назначенному наказанию частично присоединить неотбытую
            часть наказания по приговору от 12.01.2022 и окончательно назначить наказание в виде лишения свободы на срок
            4 (четыре) года 8 (восемь) месяцев с отбыванием наказания в исправительной колонии строгого режима.
            """);

        Assert.Equal((PunishmentKind.Imprisonment, 56, ColonyRegime.Strict), (sentence.Kind, sentence.TermMonths, sentence.Regime));
    }

    [Fact]
    public void Part_5_of_art_69_after_an_earlier_verdict_is_the_last_step()
    {
        var sentence = Parse("""
            назначить ему наказание в виде лишения свободы на срок 2 (два) года. На основании ч. 5 ст. 69 УК РФ по
            совокупности преступлений путём частичного сложения назначенного наказания с наказанием по приговору от
            03.03.2023 окончательное наказание Петрову П.П. назначить в виде лишения свободы на срок 3 (три) года
            с отбыванием в исправительной колонии общего режима.
            """);

        Assert.Equal((PunishmentKind.Imprisonment, 36, ColonyRegime.General), (sentence.Kind, sentence.TermMonths, sentence.Regime));
    }

    [Fact]
    public void A_credit_clause_after_the_final_punishment_is_no_step()
    {
        var sentence = Parse("""
            На основании ст. 70 УК РФ по совокупности приговоров окончательно назначить 4 (четыре) года лишения свободы
            с отбыванием наказания в исправительной колонии общего режима. Срок отбывания окончательного наказания исчислять
            со дня вступления приговора в законную силу; зачесть в срок лишения свободы время содержания под стражей
            с 01.02.2023 по 10.05.2023 из расчёта один день за полтора дня отбывания наказания в колонии общего режима.
            """);

        Assert.Equal((PunishmentKind.Imprisonment, 48, ColonyRegime.General), (sentence.Kind, sentence.TermMonths, sentence.Regime));
    }

    [Fact]
    public void Disciplinary_unit()
    {
        var sentence = Parse("назначить наказание в виде содержания в дисциплинарной воинской части на срок 1 (один) год");

        Assert.Equal((PunishmentKind.DisciplinaryUnit, 12, ColonyRegime.Unspecified), (sentence.Kind, sentence.TermMonths, sentence.Regime));
    }

    [Theory]
    [InlineData("назначить наказание в виде штрафа в размере 100 000 (ста тысяч) рублей", 100_000)]
    [InlineData("оштрафовал на 40 тыс. рублей", 40_000)]
    [InlineData("в виде штрафа в доход государства в размере двухсот тысяч рублей", 200_000)]
    public void Fine(string text, long rubles)
    {
        var sentence = Parse(text);

        Assert.Equal((PunishmentKind.Fine, rubles, 0), (sentence.Kind, sentence.FineRubles, sentence.TermMonths));
    }

    [Fact]
    public void A_fine_added_to_imprisonment_does_not_change_the_kind()
    {
        var sentence = Parse("в виде лишения свободы на срок 3 года со штрафом в размере 100 000 рублей с отбыванием наказания в колонии общего режима");

        Assert.Equal((PunishmentKind.Imprisonment, 36, 0L), (sentence.Kind, sentence.TermMonths, sentence.FineRubles));
    }

    [Theory]
    [InlineData("назначить наказание в виде принудительных работ на срок 2 (два) года с удержанием 10 % из заработной платы", 24)]
    [InlineData("в виде лишения свободы на срок 1 год 6 месяцев. На основании ч. 2 ст. 53.1 УК РФ назначенное наказание в виде лишения свободы заменить принудительными работами на срок 1 год 6 месяцев с удержанием 10%", 18)]
    public void Compulsory_labour(string text, int term)
    {
        var sentence = Parse(text);

        Assert.Equal((PunishmentKind.CompulsoryLabour, term), (sentence.Kind, sentence.TermMonths));
    }

    [Fact]
    public void Restriction_in_military_service_is_another_punishment() =>
        Assert.Equal(PunishmentKind.Other, Parse("назначить наказание в виде ограничения по военной службе на срок 6 месяцев с удержанием 10%").Kind);

    [Theory]
    [InlineData("Суд приговорил его к пяти годам колонии общего режима", 60, ColonyRegime.General)]
    [InlineData("Мобилизованный получил 6 лет строгого режима", 72, ColonyRegime.Strict)]
    [InlineData("приговорён к 2 годам 3 месяцам колонии-поселения", 27, ColonyRegime.Settlement)]
    public void Press_release_wording(string text, int term, ColonyRegime regime)
    {
        var sentence = Parse(text);

        Assert.Equal((PunishmentKind.Imprisonment, term, regime), (sentence.Kind, sentence.TermMonths, sentence.Regime));
    }

    [Theory]
    [InlineData("лишение права занимать должности на срок 2 года")]
    [InlineData("Меру пресечения оставить прежней")]
    [InlineData("")]
    public void A_text_without_a_known_punishment_reads_as_none(string text) =>
        Assert.Null(SentenceParser.Parse(text));

    [Fact]
    public void Probation_longer_than_the_term()
    {
        var sentence = Parse("назначить наказание в виде лишения свободы на срок 8 (восемь) месяцев. На основании ст. 73 УК РФ назначенное наказание считать условным с испытательным сроком 1 (один) год 6 (шесть) месяцев.");

        Assert.Equal((PunishmentKind.Suspended, 8, 18), (sentence.Kind, sentence.TermMonths, sentence.ProbationMonths));
    }

    [Fact]
    public void Parole_is_not_a_suspension() =>
        Assert.Equal(PunishmentKind.Imprisonment, Parse("в виде лишения свободы на срок 2 года; право на условно-досрочное освобождение").Kind);
}
