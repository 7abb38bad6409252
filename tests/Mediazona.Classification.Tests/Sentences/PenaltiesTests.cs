using Mediazona.Classification.Sentences;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Tests.Sentences;

public class PenaltiesTests
{
    // Every kind of art. 44 the main punishment can be: "kind/percent withheld/hours", beside the coarse kind that stays.
    [Theory]
    [InlineData("назначить наказание в виде лишения свободы на срок 5 лет с отбыванием наказания в исправительной колонии общего режима", "DeprivationOfLiberty/0/0", PunishmentKind.Imprisonment)]
    [InlineData("в виде лишения свободы на срок 3 года. На основании ст. 73 УК РФ назначенное наказание считать условным с испытательным сроком 2 года", "DeprivationOfLiberty/0/0", PunishmentKind.Suspended)]
    [InlineData("назначить ему наказание в виде пожизненного лишения свободы с отбыванием в исправительной колонии особого режима", "LifeImprisonment/0/0", PunishmentKind.Imprisonment)]
    [InlineData("в виде содержания в дисциплинарной воинской части на срок 1 (один) год", "DisciplinaryUnit/0/0", PunishmentKind.DisciplinaryUnit)]
    [InlineData("в виде штрафа в размере 100 000 (ста тысяч) рублей", "Fine/0/0", PunishmentKind.Fine)]
    [InlineData("в виде принудительных работ на срок 2 года с удержанием 10% из заработной платы в доход государства", "ForcedLabour/0/0", PunishmentKind.CompulsoryLabour)]
    [InlineData("в виде лишения свободы на срок 2 года; на основании ч. 2 ст. 53.1 УК РФ заменить назначенное наказание принудительными работами на срок 2 года", "ForcedLabour/0/0", PunishmentKind.CompulsoryLabour)]
    [InlineData("в виде ограничения по военной службе на срок 1 (один) год с удержанием в доход государства 15 (пятнадцати) процентов денежного довольствия", "MilitaryServiceRestriction/15/0", PunishmentKind.Other)]
    [InlineData("в виде исправительных работ на срок 1 год с удержанием 10 % из заработной платы в доход государства", "CorrectiveLabour/10/0", PunishmentKind.Other)]
    [InlineData("в виде обязательных работ на срок 240 (двести сорок) часов", "CompulsoryWorks/0/240", PunishmentKind.Other)]
    [InlineData("в виде ограничения свободы на срок 1 год 6 месяцев", "RestrictionOfFreedom/0/0", PunishmentKind.Other)]
    public void The_main_punishment_has_its_own_kind_of_art_44(string text, string expected, PunishmentKind coarse)
    {
        var sentence = SentenceParser.Parse(text) ?? throw new Xunit.Sdk.XunitException("no sentence read from: " + text);

        Assert.Equal(coarse, sentence.Kind);
        Assert.Equal(expected, $"{sentence.Penalty.Kind}/{sentence.Penalty.WithholdingPercent}/{sentence.Penalty.CompulsoryHours}");
    }

    [Theory]
    [InlineData(PunishmentKind.Imprisonment, PenaltyKind.DeprivationOfLiberty)]
    [InlineData(PunishmentKind.Suspended, PenaltyKind.DeprivationOfLiberty)]
    [InlineData(PunishmentKind.CompulsoryLabour, PenaltyKind.ForcedLabour)]
    [InlineData(PunishmentKind.Other, PenaltyKind.Unspecified)]
    [InlineData(PunishmentKind.Acquitted, PenaltyKind.Unspecified)]
    public void A_coarse_kind_implies_the_art_44_kind_only_where_it_says_one(PunishmentKind coarse, PenaltyKind implied) =>
        Assert.Equal(implied, Penalty.Implied(coarse).Kind);
}
