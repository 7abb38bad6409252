using Mediazona.Classification.Charges;

namespace Mediazona.Classification.Tests.Charges;

public class ChargeParserTests
{
    // Expected charges as "article/part/point", joined by " + ".
    [Theory]
    [InlineData("ст.337 ч.5 УК РФ", "337/5/")]
    [InlineData("ст. 337 ч. 5", "337/5/")]
    [InlineData("ч. 5 ст. 337 УК РФ", "337/5/")]
    [InlineData("ч.5 ст.337", "337/5/")]
    [InlineData("п. «а» ч. 2 ст. 332", "332/2/а")]
    [InlineData("п.«а» ч.2 ст.332", "332/2/а")]
    [InlineData("п.\"б\" ч.2 ст.338 УК РФ", "338/2/б")]
    [InlineData("ст.332 ч.2 п.а", "332/2/а")]
    [InlineData("ст.332 ч.2 п. «в» УК РФ", "332/2/в")]
    [InlineData("ст.332 ч.2.1 УК РФ", "332/2.1/")]
    [InlineData("ст.337 ч.3.1 УК РФ", "337/3.1/")]
    [InlineData("ст.352.1 УК РФ", "352.1//")]
    [InlineData("ст.264.1 ч.1 УК РФ", "264.1/1/")]
    [InlineData("ст.336 УК РФ", "336//")]
    [InlineData("ст.337 ч.3.1 УК РФ; ст.337 ч.5 УК РФ", "337/3.1/ + 337/5/")]
    [InlineData("ст.334 ч.3 УК РФ, ст.336 ч.2 УК РФ", "334/3/ + 336/2/")]
    [InlineData("ст.338 ч.3 УК РФ\nст.228 ч.2 УК РФ", "338/3/ + 228/2/")]
    [InlineData("СТ.337 Ч.5 УК РФ", "337/5/")]
    [InlineData("Ст 337  ч 5   ук рф", "337/5/")]
    [InlineData("ст.337ч.5", "337/5/")]
    [InlineData("статья 338 часть 3", "338/3/")]
    [InlineData("ч. 3 ст. 30, п. «а» ч. 2 ст. 158 УК РФ", "30/3/ + 158/2/а")]
    [InlineData("ст.337 ч.5 ч.3 ст.338", "337/5/ + 338/3/")]
    [InlineData("ст.ст. 337 ч.5, 338 ч.3 УК РФ", "337/5/ + 338/3/")]
    [InlineData("ч.3.1 ст.337, ч.5 ст.337 УК РФ", "337/3.1/ + 337/5/")]
    [InlineData("ст.30 ч.3, ст.337 ч.5 УК РФ", "30/3/ + 337/5/")]
    [InlineData("ст.337 ч.5 УК РФ;\r\nст.338 ч.3 УК РФ;", "337/5/ + 338/3/")]
    [InlineData("ст.337 ч.5 УК РФ (в ред. ФЗ от 24.09.2022 № 365-ФЗ)", "337/5/")]
    [InlineData("ст.332 ч.2 п.a", "332/2/а")] // Latin "a" typed for the Cyrillic point
    [InlineData("пп. «а, б» ч.2 ст.333", "333/2/а,б")]
    public void Reads_article_part_and_point_in_any_printed_form(string text, string expected)
    {
        var charges = ChargeParser.Parse(text);

        Assert.Equal(expected, string.Join(" + ", charges.Select(c => $"{c.Article}/{c.Part}/{c.Point}")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Информация скрыта")]
    [InlineData("Не заполнено")]
    [InlineData("ч.5")]
    public void Reads_no_charges_where_none_are_printed(string? text) =>
        Assert.Empty(ChargeParser.Parse(text));

    [Theory]
    [InlineData("ст.")]
    [InlineData("ст.ст.")]
    [InlineData("п.«»")]
    [InlineData("ст.ст. ; , ч. п. «")]
    [InlineData(";;;,,,\n\n")]
    [InlineData("ст.99999999999999999999 ч.99999999999")]
    [InlineData("п.а ч.2 п.б ч.3 ; ст")]
    public void Never_throws_on_garbage(string text)
    {
        var charges = ChargeParser.Parse(text);

        Assert.All(charges, c => Assert.False(string.IsNullOrEmpty(c.Article)));
    }

    [Fact]
    public void Keeps_each_charge_wording_with_its_code()
    {
        var charges = ChargeParser.Parse("ст.337 ч.3.1 УК РФ; ч. 2 ст. 338 УК РФ");

        Assert.Equal(["ст.337 ч.3.1 УК РФ", "ч. 2 ст. 338 УК РФ"], charges.Select(c => c.Raw));
    }

    [Fact]
    public void Reads_a_long_list_in_order()
    {
        var articles = Enumerable.Range(0, 40).Select(i => 300 + i).ToList();
        var text = string.Join("; ", articles.Select(a => $"ст.{a} ч.{a % 4 + 1} УК РФ"));

        var charges = ChargeParser.Parse(text);

        Assert.Equal(articles.Select(a => a.ToString()), charges.Select(c => c.Article));
        Assert.Equal(articles.Select(a => (a % 4 + 1).ToString()), charges.Select(c => c.Part));
    }
}
