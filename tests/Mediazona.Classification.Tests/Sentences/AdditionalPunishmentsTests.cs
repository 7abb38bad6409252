using Mediazona.Classification.Sentences;

namespace Mediazona.Classification.Tests.Sentences;

public class AdditionalPunishmentsTests
{
    static string Read(string text) => string.Join(" + ", AdditionalPunishments.Read(text, 0, text.Length)
        .Select(a => $"{a.Kind}:{a.TermMonths}:{a.FineRubles}"));

    // Expected: "Kind:term months:fine rubles" per added punishment, joined by " + ", in the order of the kinds.
    [Theory]
    [InlineData("в виде лишения свободы на срок 3 (три) года со штрафом в размере 100 000 (ста тысяч) рублей с отбыванием наказания в исправительной колонии общего режима", "Fine:0:100000")]
    [InlineData("в виде лишения свободы на срок 4 года с ограничением свободы на срок 1 (один) год", "RestrictionOfFreedom:12:0")]
    [InlineData("к 6 годам лишения свободы с лишением воинского звания «старший сержант»", "DeprivationOfRank:0:0")]
    [InlineData("в виде лишения свободы на срок 2 года. На основании ст. 48 УК РФ лишить Кузнецова К.К. воинского звания «капитан»", "DeprivationOfRank:0:0")]
    [InlineData("в виде лишения свободы на срок 2 года. На основании ст. 48 УК РФ лишить ФИО1 воинского звания «майор»", "DeprivationOfRank:0:0")]
    [InlineData("в виде лишения свободы на срок 2 года. На основании ст. 47 УК РФ лишить ФИО2 права занимать должности в органах власти на срок 1 год", "BanOnPosts:12:0")]
    [InlineData("в виде лишения свободы на срок 5 лет с лишением права занимать должности на государственной службе, связанные с осуществлением функций представителя власти, на срок 2 (два) года", "BanOnPosts:24:0")]
    [InlineData("в виде исправительных работ на срок 1 год и дополнительное наказание в виде штрафа в размере 50 000 рублей", "Fine:0:50000")]
    [InlineData("в виде лишения свободы на срок 5 лет со штрафом в размере 200 000 рублей, с лишением права заниматься деятельностью, связанной с управлением транспортными средствами, на срок 3 года и с лишением воинского звания «майор»", "Fine:0:200000 + DeprivationOfRank:0:0 + BanOnPosts:36:0")]
    [InlineData("по ч. 1 ст. 291 УК РФ со штрафом в размере 100 000 рублей; окончательно назначить 3 года лишения свободы со штрафом в размере 150 000 рублей", "Fine:0:150000")]
    public void Reads_each_punishment_added_to_the_main_one(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    // «в виде штрафа», «в виде ограничения свободы» name a count's main punishment, not an added one.
    [Theory]
    [InlineData("по ч. 2 ст. 336 УК РФ в виде штрафа в размере 40 000 рублей")]
    [InlineData("назначить ему наказание в виде ограничения свободы на срок 1 (один) год")]
    [InlineData("в виде лишения свободы на срок 5 (пять) лет с отбыванием наказания в исправительной колонии строгого режима")]
    [InlineData("меру пресечения в виде заключения под стражу отменить; лишение свободы исчислять со дня вступления приговора в законную силу")]
    public void A_main_punishment_alone_adds_nothing(string text) =>
        Assert.Empty(Read(text));

    [Fact]
    public void A_sentence_carries_what_was_added_beside_its_main_punishment()
    {
        var sentence = SentenceParser.Parse("назначить ему наказание в виде лишения свободы на срок 7 (семь) лет со штрафом в размере 300 000 рублей с отбыванием наказания в исправительной колонии строгого режима");

        Assert.Equal((Contracts.Cases.V1.PunishmentKind.Imprisonment, 84, 0L), (sentence!.Kind, sentence.TermMonths, sentence.FineRubles));
        Assert.Equal(300_000, Assert.Single(sentence.Additional).FineRubles);
    }
}
