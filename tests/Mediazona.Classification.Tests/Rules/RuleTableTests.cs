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
    [InlineData("339", "3", Category.Evasion, true, 120)]
    [InlineData("352.1", "", Category.Surrender, true, 120)]
    [InlineData("356.1", "", Category.Looting, true, 180)]
    [InlineData("201.2", "", Category.NonMilitary, false, 0)]
    [InlineData("201.3", "1", Category.NonMilitary, false, 0)]
    [InlineData("285.5", "", Category.NonMilitary, false, 0)]
    [InlineData("285.6", "2", Category.NonMilitary, false, 0)]
    [InlineData("335", "2", Category.OtherMilitary, false, 60)]
    [InlineData("228", "2", Category.NonMilitary, false, 120)]
    [InlineData("264.1", "1", Category.NonMilitary, false, 24)]
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
    [InlineData("341", "1", Category.OtherMilitary)]
    [InlineData("331", "", Category.OtherMilitary)]
    [InlineData("352", "1", Category.OtherMilitary)]
    [InlineData("337.1", "", Category.OtherMilitary)]
    [InlineData("330", "1", Category.NonMilitary)]
    [InlineData("353", "", Category.NonMilitary)]
    [InlineData("171", "1", Category.NonMilitary)]
    [InlineData("264.3", "1", Category.NonMilitary)]
    [InlineData("abc", "", Category.NonMilitary)]
    public void Unknown_articles_are_classified_by_chapter_and_flagged(string article, string part, Category category)
    {
        var charge = Classify(article, part);

        Assert.Equal(category, charge.Category);
        Assert.True(charge.Unknown);
        Assert.False(charge.MobilisationEra);
        Assert.True(charge.MaxPenaltyUnknown);
    }

    // The longest deprivation of liberty the Code allows for the part (version 2): what the gravest charge is chosen by.
    [Theory]
    [InlineData("337", "4", 60)]
    [InlineData("337", "2.1", 60)]
    [InlineData("338", "2", 120)]
    [InlineData("333", "2", 120)]
    [InlineData("334", "2", 120)]
    [InlineData("335", "1", 36)]
    [InlineData("228", "1", 36)]
    [InlineData("228", "3", 180)]
    [InlineData("228.1", "4", 240)]
    [InlineData("229", "1", 120)]
    [InlineData("158", "2", 60)]
    [InlineData("159", "4", 120)]
    [InlineData("161", "2", 84)]
    [InlineData("162", "4", 180)]
    [InlineData("111", "1", 96)]
    [InlineData("112", "1", 36)]
    [InlineData("117", "2", 84)]
    [InlineData("119", "1", 24)]
    [InlineData("131", "3", 180)]
    [InlineData("264", "4", 144)]
    [InlineData("264.1", "2", 36)]
    [InlineData("222", "1", 48)]
    [InlineData("222.1", "1", 96)]
    [InlineData("226", "3", 180)]
    [InlineData("290", "6", 180)]
    [InlineData("291", "3", 96)]
    [InlineData("291.2", "1", 12)]
    [InlineData("318", "1", 60)]
    [InlineData("313", "3", 96)]
    [InlineData("327", "1", 24)]
    [InlineData("207.3", "2", 120)]
    [InlineData("205.2", "2", 84)]
    [InlineData("280", "2", 60)]
    [InlineData("275.1", "", 96)]
    [InlineData("276", "", 240)]
    [InlineData("359", "3", 84)]
    public void Parts_carry_their_statutory_maximum(string article, string part, int months)
    {
        var charge = Classify(article, part);

        Assert.Equal((months, false, false), (charge.MaxPenaltyMonths, charge.MaxPenaltyUnknown, charge.Unknown));
    }

    [Theory]
    [InlineData("332", "1")]
    [InlineData("336", "")]
    [InlineData("337", "1")]
    [InlineData("339", "1")]
    [InlineData("115", "1")]
    [InlineData("319", "")]
    public void Parts_without_deprivation_of_liberty_have_a_known_maximum_of_zero(string article, string part)
    {
        var charge = Classify(article, part);

        Assert.Equal((0, false), (charge.MaxPenaltyMonths, charge.MaxPenaltyUnknown));
    }

    [Theory]
    [InlineData("105", "2")]
    [InlineData("131", "5")]
    [InlineData("228.1", "5")]
    [InlineData("205", "3")]
    [InlineData("205.5", "1")]
    [InlineData("275", "")]
    public void Parts_that_allow_life_say_so(string article, string part) =>
        Assert.True(Classify(article, part).LifeImprisonment);

    [Theory]
    [InlineData("337", "2")]
    [InlineData("201.2", "")]
    [InlineData("285.6", "1")]
    public void A_row_without_a_recorded_maximum_is_flagged(string article, string part)
    {
        var charge = Classify(article, part);

        Assert.False(charge.Unknown);
        Assert.True(charge.MaxPenaltyUnknown);
    }

    [Fact]
    public void Version_1_keeps_its_own_answers()
    {
        var v1 = RuleFile.LoadAllEmbedded()[0];

        var evasion = v1.Classify(new Charge("ст.339 ч.3", "339", "3", ""));

        Assert.Equal((1, 0, false), (v1.Version, evasion.MaxPenaltyMonths, evasion.MaxPenaltyUnknown));
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
