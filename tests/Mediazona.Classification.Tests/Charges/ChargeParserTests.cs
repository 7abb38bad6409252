using Mediazona.Classification.Charges;
using Mediazona.Contracts.Cases.V1;
using Charge = Mediazona.Classification.Charges.Charge;

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
    [InlineData("ч. 3 ст. 30, п. «а» ч. 2 ст. 158 УК РФ", "158/2/а")]
    [InlineData("ст.337 ч.5 ч.3 ст.338", "337/5/ + 338/3/")]
    [InlineData("ст.ст. 337 ч.5, 338 ч.3 УК РФ", "337/5/ + 338/3/")]
    [InlineData("ч.3.1 ст.337, ч.5 ст.337 УК РФ", "337/3.1/ + 337/5/")]
    [InlineData("ст.30 ч.3, ст.337 ч.5 УК РФ", "337/5/")]
    [InlineData("ст.337 ч.5 УК РФ;\r\nст.338 ч.3 УК РФ;", "337/5/ + 338/3/")]
    [InlineData("ст.337 ч.5 УК РФ (в ред. ФЗ от 24.09.2022 № 365-ФЗ)", "337/5/")]
    [InlineData("ст.332 ч.2 п.a", "332/2/а")] // Latin "a" typed for the Cyrillic point
    [InlineData("пп. «а, б» ч.2 ст.333", "333/2/а,б")]
    public void Reads_article_part_and_point_in_any_printed_form(string text, string expected)
    {
        var charges = ChargeParser.Parse(text);

        Assert.Equal(expected, string.Join(" + ", charges.Select(c => $"{c.Article}/{c.Part}/{c.Point}")));
    }

    // Articles 1–104 are the Code's general part: art. 30 (preparation, attempt) and art. 33 (complicity) qualify the crime
    // written with them, the sentencing articles are no charge at all. Expected: "article/part/point", then the qualifiers.
    [Theory]
    [InlineData("ст. 30 ч.3, ст.291 ч.3 УК РФ", "291/3/ Attempt")]
    [InlineData("ст.33 ч.5-ст.228 ч.2 УК РФ", "228/2/ Accessory")]
    [InlineData("УК РФ: ст. 62 ч.5; ст. 68 ч.3; ст. 158 ч.2 п. в", "158/2/в")]
    [InlineData("ст.73 ч.5; ст.318 ч.1", "318/1/")]
    [InlineData("ст. 30 ч.1, ст.205 ч.2 п.а", "205/2/а Preparation")]
    [InlineData("ч.2 ст.30, ч.1 ст.228.1 УК РФ", "228.1/1/ Preparation")]
    [InlineData("ч.3 ст.30, ч.3 ст.338 УК РФ", "338/3/ Attempt")]
    [InlineData("ч. 1 ст. 30 - п. «г» ч. 4 ст. 228.1 УК РФ", "228.1/4/г Preparation")]
    [InlineData("ст.30 ч.3-ст.337 ч.5 УК РФ", "337/5/ Attempt")]
    [InlineData("ст.33 ч.3, ст.30 ч.3, ст.105 ч.2 п.з УК РФ", "105/2/з Attempt Organiser")]
    [InlineData("ч.4 ст.33, ч.1 ст.338 УК РФ", "338/1/ Instigator")]
    [InlineData("ст.33 ч.2, ст.159 ч.4 УК РФ", "159/4/ Perpetrator")]
    [InlineData("ст.33, ст.159 ч.4", "159/4/ Accomplice")]
    [InlineData("ст.30, ст.338 ч.1", "338/1/ Unfinished")]
    [InlineData("ст.30 ч.3, ст.337 ч.5 УК РФ; ст.338 ч.3 УК РФ", "337/5/ Attempt + 338/3/")]
    [InlineData("ст.337 ч.5 УК РФ; ст.30 ч.3, ст.338 ч.3 УК РФ", "337/5/ + 338/3/ Attempt")]
    [InlineData("ст.30 ч.3, ст.64, ст.66 ч.3, ст.158 ч.2 п.в", "158/2/в Attempt")]
    [InlineData("ст.158 ч.3 п.а УК РФ, ст.30 ч.3", "158/3/а Attempt")]
    [InlineData("ст.ст. 30 ч.3, 338 ч.3 УК РФ", "338/3/ Attempt")]
    [InlineData("ст.104.1 ч.1 п.а; ст.337 ч.5", "337/5/")]
    [InlineData("ст.337 ч.5 УК РФ; ст.69 ч.5; ст.70 ч.1; ст.74 ч.5; ст.79; ст.82 ч.1", "337/5/")]
    [InlineData("ст.69 ч.3 УК РФ", "")]
    [InlineData("ст.30 ч.3 УК РФ", "")]
    public void General_part_articles_qualify_the_crime_or_are_no_charge(string text, string expected) =>
        Assert.Equal(expected, Describe(ChargeParser.Parse(text)));

    // Only Criminal Code articles are charges. The code named beside an article is its code; one named at the end of a
    // list is the whole list's, one before a list with a colon leads it; an article with no code named stays a charge.
    [Theory]
    [InlineData("<Информация скрыта> - ст.125 УПК РФ", "")]
    [InlineData("ч.1 ст.20.1 КоАП РФ", "")]
    [InlineData("ст.6.1.1 КоАП РФ", "")]
    [InlineData("ст. 19.3 ч. 1 КоАП РФ; ст.337 ч.5 УК РФ", "337/5/")]
    [InlineData("ст.337 ч.5 УК РФ, ст.125 УПК РФ", "337/5/")]
    [InlineData("ст.205.5 ч.2; ст.205.1 ч.1.1 УК РФ", "205.5/2/ + 205.1/1.1/")]
    [InlineData("ст.264 ч.1; ст.12.8 ч.1 КоАП РФ", "")]
    [InlineData("ст.151 ГК РФ", "")]
    [InlineData("ст. 131 ГПК РФ", "")]
    [InlineData("ст. 116 УИК РФ", "")]
    [InlineData("УПК РФ: ст. 125; УК РФ: ст. 337 ч.5", "337/5/")]
    [InlineData("УК РФ: ст. 337 ч.5; ст. 338 ч.3", "337/5/ + 338/3/")]
    [InlineData("УК РФ: ст. 62 ч.1; ст. 158 ч.2 п. в; ст.397 УПК РФ", "158/2/в")]
    [InlineData("ч. 2 ст. 228 Уголовного кодекса Российской Федерации", "228/2/")]
    [InlineData("ст. 397 Уголовно-процессуального кодекса РФ", "")]
    [InlineData("ч. 1 ст. 19.3 Кодекса Российской Федерации об административных правонарушениях", "")]
    [InlineData("ст.337 ч.5", "337/5/")]
    [InlineData("ст.125 УПК; ст.338 ч.3 УК", "338/3/")]
    [InlineData("ст.125 упк рф; ст.338 ч.3 ук рф", "338/3/")]
    public void Articles_of_other_codes_are_no_charge(string text, string expected) =>
        Assert.Equal(expected, Describe(ChargeParser.Parse(text)));

    // An appeal card's first-instance fields scraped into the same cell are not charges.
    [Theory]
    [InlineData("ст.337 ч.5 УК РФ Суд (судебный участок) первой инстанции: 235 гарнизонный военный суд Номер дела в первой инстанции: 1-51/2023", "337/5/")]
    [InlineData("ст.337 ч.5 Судья (мировой судья) первой инстанции: Пак П.П.", "337/5/")]
    [InlineData("ст.338 ч.3 УК РФ; Номер дела в первой инстанции: 1-51; Дата решения первой инстанции: 12.05.2023", "338/3/")]
    [InlineData("ст.337 ч.5 УК РФ (по приговору суда апелляционной инстанции)", "337/5/")]
    public void A_first_instance_tail_is_not_read(string text, string expected) =>
        Assert.Equal(expected, Describe(ChargeParser.Parse(text)));

    [Fact]
    public void A_qualified_charge_keeps_the_wording_of_its_qualifier()
    {
        var charges = ChargeParser.Parse("ст.337 ч.5 УК РФ; ч. 3 ст. 30, ч. 3 ст. 338 УК РФ");

        Assert.Equal(["ст.337 ч.5 УК РФ", "ч. 3 ст. 30, ч. 3 ст. 338 УК РФ"], charges.Select(c => c.Raw));
    }

    static string Describe(IEnumerable<Charge> charges) => string.Join(" + ", charges.Select(c =>
        $"{c.Article}/{c.Part}/{c.Point}"
        + (c.Stage == OffenceStage.Unspecified ? "" : $" {c.Stage}")
        + (c.Complicity == ComplicityRole.Unspecified ? "" : $" {c.Complicity}")));

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
