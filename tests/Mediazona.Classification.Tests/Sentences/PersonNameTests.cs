using Mediazona.Classification.Sentences;

namespace Mediazona.Classification.Tests.Sentences;

public class PersonNameTests
{
    [Theory]
    [InlineData("Иванов Иван Иванович", "признать Иванова Ивана Ивановича", 2)]
    [InlineData("Иванов Иван Иванович", "назначить Иванову И.И.", 2)]
    [InlineData("Иванов И.И.", "Иванова И. И. признать", 2)]
    [InlineData("Иванов И.И.", "И.И. Иванова признать", 2)]
    [InlineData("Иванов И.И.", "осуждённым Ивановым", 1)]
    [InlineData("Иванова Мария Петровна", "признать Иванову Марию Петровну", 2)]
    [InlineData("Белый Олег Игоревич", "признать Белого О.И.", 2)]
    [InlineData("Шевченко Тарас Олегович", "признать Шевченко Т.О.", 2)]
    [InlineData("Сорокин Пётр Ильич", "признать Сорокина Петра Ильича", 2)]
    public void Finds_a_declined_name(string card, string text, int score) =>
        Assert.Equal(score, PersonName.FromCard(card)!.Score(text, 0, text.Length));

    [Theory]
    [InlineData("Иванов Иван Иванович", "признать Петрова П.П.")]
    [InlineData("Иванов Иван Иванович", "признать Иванова П.С.")]
    [InlineData("Иванов Иван Иванович", "признать Ивановского И.И.")]
    [InlineData("Ким Олег Сергеевич", "признать Кимова")]
    public void Another_person_scores_nothing(string card, string text) =>
        Assert.Equal(0, PersonName.FromCard(card)!.Score(text, 0, text.Length));

    [Theory]
    [InlineData("Информация скрыта")]
    [InlineData("")]
    [InlineData("ФИО1")]
    public void A_hidden_name_has_no_person(string card) =>
        Assert.Null(PersonName.FromCard(card));
}
