using Mediazona.Classification.Sentences;

namespace Mediazona.Classification.Tests.Sentences;

public class RussianNumbersTests
{
    [Theory]
    [InlineData("на срок 5 (пять) лет", 60)]
    [InlineData("на срок 5 (пять) лет 6 (шесть) месяцев", 66)]
    [InlineData("1 год 8 месяцев", 20)]
    [InlineData("2 года и 6 месяцев", 30)]
    [InlineData("на срок двух лет", 24)]
    [InlineData("сроком одного года шести месяцев", 18)]
    [InlineData("к пяти годам шести месяцам", 66)]
    [InlineData("на срок полутора лет", 18)]
    [InlineData("сроком на полгода", 6)]
    [InlineData("8 (восемь) месяцев", 8)]
    [InlineData("пять (5) лет", 60)]
    [InlineData("двадцати одного месяца", 21)]
    [InlineData("к 1 году 2 месяцам", 14)]
    [InlineData("один год", 12)]
    [InlineData("ТРИ ГОДА", 36)]
    [InlineData("четырёх лет", 48)]
    public void Reads_a_term_in_months(string text, int months) =>
        Assert.Equal(months, Assert.Single(RussianNumbers.Terms(text)).Months);

    [Theory]
    [InlineData("родившегося 10 марта 1990 года")]
    [InlineData("в 2023 году")]
    [InlineData("по ч. 5 ст. 337 УК РФ")]
    [InlineData("в течение 10 суток")]
    [InlineData("в период с 01.02.2023 года")]
    public void Dates_and_article_numbers_are_not_terms(string text) =>
        Assert.Empty(RussianNumbers.Terms(text));

    [Fact]
    public void A_term_and_a_later_probation_stay_two_terms()
    {
        var terms = RussianNumbers.Terms("на срок 2 (два) года, условно с испытательным сроком 3 (три) года");

        Assert.Equal([24, 36], terms.Select(t => t.Months));
    }

    [Theory]
    [InlineData("в размере 100 000 (ста тысяч) рублей", 100_000)]
    [InlineData("в размере 50000 рублей", 50_000)]
    [InlineData("в размере 30 тыс. рублей", 30_000)]
    [InlineData("в размере ста тысяч рублей", 100_000)]
    [InlineData("в размере двухсот пятидесяти тысяч рублей", 250_000)]
    [InlineData("в размере 1 млн рублей", 1_000_000)]
    [InlineData("в размере 25 000 (двадцати пяти тысяч) руб.", 25_000)]
    public void Reads_an_amount_of_roubles(string text, long rubles) =>
        Assert.Equal(rubles, RussianNumbers.Rubles(text, 0, text.Length));

    [Theory]
    [InlineData("двухсот пятидесяти тысяч", 250_000)]
    [InlineData("одиннадцати", 11)]
    [InlineData("сорока пяти", 45)]
    [InlineData("тысяча", 1000)]
    public void Reads_numbers_written_in_words(string words, long value) =>
        Assert.Equal(value, RussianNumbers.ParseWords(words));

    [Fact]
    public void A_word_that_is_not_a_number_reads_as_none() =>
        Assert.Null(RussianNumbers.ParseWords("срок пяти"));
}
