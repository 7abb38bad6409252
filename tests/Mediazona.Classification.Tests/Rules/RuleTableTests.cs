using Mediazona.Classification.Rules;
using Mediazona.Contracts.Cases.V1;
using Charge = Mediazona.Classification.Charges.Charge;

namespace Mediazona.Classification.Tests.Rules;

public class RuleTableTests
{
    static readonly RuleTable Table = RuleFile.LoadEmbedded();

    static ClassifiedCharge Classify(string article, string part = "") => Table.Classify(new Charge($"ст.{article} ч.{part}", article, part, ""));

    [Theory]
    [InlineData("332", "1", Category.Disobedience, false, 0)]
    [InlineData("332", "2", Category.Disobedience, false, 60)]
    [InlineData("332", "2.1", Category.Disobedience, true, 36)]
    [InlineData("332", "2.2", Category.Disobedience, true, 120)]
    [InlineData("333", "3", Category.ResistanceToSuperior, true, 180)]
    [InlineData("334", "3", Category.ViolenceAgainstSuperior, true, 180)]
    [InlineData("336", "", Category.Insult, false, 0)]
    [InlineData("336", "2", Category.Insult, false, 0)]
    [InlineData("337", "1", Category.Awol, false, 0)]
    [InlineData("337", "4", Category.Awol, false, 60)]
    [InlineData("337", "2.1", Category.Awol, true, 60)]
    [InlineData("337", "3.1", Category.Awol, true, 84)]
    [InlineData("337", "5", Category.Awol, true, 120)]
    [InlineData("338", "1", Category.Desertion, false, 84)]
    [InlineData("338", "3", Category.Desertion, true, 180)]
    [InlineData("339", "3", Category.Evasion, true, 0)]
    [InlineData("352.1", "", Category.Surrender, true, 120)]
    [InlineData("356.1", "", Category.Looting, true, 180)]
    [InlineData("201.2", "", Category.NonMilitary, false, 0)]
    [InlineData("201.3", "1", Category.NonMilitary, false, 0)]
    [InlineData("285.5", "", Category.NonMilitary, false, 0)]
    [InlineData("285.6", "2", Category.NonMilitary, false, 0)]
    public void Known_charges_follow_the_table(string article, string part, Category category, bool mobilisationEra, int maxMonths)
    {
        var charge = Classify(article, part);

        Assert.Equal(category, charge.Category);
        Assert.Equal(mobilisationEra, charge.MobilisationEra);
        Assert.Equal(maxMonths, charge.MaxPenaltyMonths);
        Assert.False(charge.Unknown);
    }

    [Theory]
    [InlineData("1", AwolDuration.Peacetime)]
    [InlineData("4", AwolDuration.Peacetime)]
    [InlineData("2.1", AwolDuration.TwoToTenDays)]
    [InlineData("3.1", AwolDuration.TenDaysToMonth)]
    [InlineData("5", AwolDuration.OverMonth)]
    public void Awol_duration_follows_the_part(string part, AwolDuration duration) =>
        Assert.Equal(duration, Classify("337", part).AwolDuration);

    [Theory]
    [InlineData("335", "2", Category.OtherMilitary)]
    [InlineData("331", "", Category.OtherMilitary)]
    [InlineData("352", "1", Category.OtherMilitary)]
    [InlineData("337.1", "", Category.OtherMilitary)]
    [InlineData("330", "1", Category.NonMilitary)]
    [InlineData("353", "", Category.NonMilitary)]
    [InlineData("228", "2", Category.NonMilitary)]
    [InlineData("264.1", "1", Category.NonMilitary)]
    [InlineData("abc", "", Category.NonMilitary)]
    public void Unknown_articles_are_classified_by_chapter_and_flagged(string article, string part, Category category)
    {
        var charge = Classify(article, part);

        Assert.Equal(category, charge.Category);
        Assert.True(charge.Unknown);
        Assert.False(charge.MobilisationEra);
    }

    [Theory]
    [InlineData("337", "6", Category.Awol)]
    [InlineData("337", "", Category.Awol)]
    [InlineData("338", "4", Category.Desertion)]
    [InlineData("332", "2.3", Category.Disobedience)]
    public void An_unknown_part_keeps_the_article_category_but_is_not_mobilisation_era(string article, string part, Category category)
    {
        var charge = Classify(article, part);

        Assert.Equal(category, charge.Category);
        Assert.True(charge.Unknown);
        Assert.False(charge.MobilisationEra);
        Assert.Equal(AwolDuration.Unspecified, charge.AwolDuration);
    }

    [Fact]
    public void Keeps_the_charge_it_classified()
    {
        var charge = new Charge("п.«а» ч.2 ст.332", "332", "2", "а");

        Assert.Same(charge, Table.Classify(charge).Charge);
    }
}
