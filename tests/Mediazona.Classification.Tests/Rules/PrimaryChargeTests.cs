using Mediazona.Classification.Charges;
using Mediazona.Classification.Rules;

namespace Mediazona.Classification.Tests.Rules;

public class PrimaryChargeTests
{
    static readonly RuleTable Table = RuleFile.LoadEmbedded();

    static ClassifiedCharge? PrimaryOf(string charges) => PrimaryCharge.Select(ChargeParser.Parse(charges).Select(Table.Classify));

    [Theory]
    [InlineData("ст.337 ч.3.1 УК РФ; ст.337 ч.5 УК РФ", "337", "5")]
    [InlineData("ст.337 ч.5 УК РФ; ст.337 ч.3.1 УК РФ", "337", "5")]
    [InlineData("ст.336 ч.2 УК РФ; ст.334 ч.3 УК РФ", "334", "3")]
    [InlineData("ст.334 ч.3 УК РФ; ст.336 УК РФ", "334", "3")]
    [InlineData("ст.338 ч.1 УК РФ; ст.337 ч.2.1 УК РФ", "337", "2.1")]  // mobilisation-era beats a higher peacetime maximum
    [InlineData("ст.352.1 УК РФ; ст.338 ч.3 УК РФ", "338", "3")]
    // Every charged part's maximum counts, ordinary crimes' too: drugs (up to 10 years) over peacetime AWOL (up to 5).
    [InlineData("ст.228 ч.2 УК РФ; ст.337 ч.4 УК РФ", "228", "2")]
    [InlineData("ст.337 ч.4 УК РФ; ст.228 ч.2 УК РФ", "228", "2")]
    [InlineData("ст.337 ч.3 УК РФ; ст.158 ч.2 п.в УК РФ", "158", "2")]
    [InlineData("ст.338 ч.1 УК РФ; ст.228 ч.1 УК РФ", "338", "1")]
    [InlineData("ст.339 ч.3 УК РФ; ст.332 ч.2.1 УК РФ", "339", "3")]
    [InlineData("ст.332 ч.2.1 УК РФ; ст.339 ч.3 УК РФ", "339", "3")]
    [InlineData("ст.332 ч.2.1 УК РФ; ст.337 ч.3.1 УК РФ", "337", "3.1")]
    [InlineData("ст.337 ч.5 УК РФ; ст.228 ч.2 УК РФ", "337", "5")]          // mobilisation-era still first
    [InlineData("ст.228.1 ч.4 п.г УК РФ; ст.105 ч.2 УК РФ", "105", "2")]   // life outranks 20 years
    [InlineData("ст.30 ч.3, ст.338 ч.3 УК РФ; ст.337 ч.5 УК РФ", "338", "3")]
    public void The_gravest_charge_is_primary(string charges, string article, string part)
    {
        var primary = PrimaryOf(charges);

        Assert.NotNull(primary);
        Assert.Equal((article, part), (primary.Charge.Article, primary.Charge.Part));
    }

    [Fact]
    public void Equal_weight_falls_to_the_higher_part()
    {
        // All unknown to the table: not mobilisation-era, no maximum; the part decides.
        var primary = PrimaryOf("ст.171 ч.2.1 УК РФ; ст.171 ч.3 УК РФ; ст.171 ч.2 УК РФ");

        Assert.Equal("3", primary?.Charge.Part);
    }

    [Theory]
    [InlineData("ст.337 ч.4 УК РФ; ст.171 ч.2 УК РФ", true)]       // 171 has no recorded maximum: it might outrank AWOL
    [InlineData("ст.171 ч.2 УК РФ", false)]                         // nothing to choose between
    [InlineData("ст.337 ч.5 УК РФ; ст.171 ч.2 УК РФ", false)]       // the mobilisation era decides, not the maximum
    [InlineData("ст.337 ч.4 УК РФ; ст.337 ч.2 УК РФ", true)]        // a row without a maximum
    [InlineData("ст.337 ч.4 УК РФ; ст.228 ч.2 УК РФ", false)]
    public void A_choice_made_without_a_maximum_is_flagged(string charges, bool uncertain)
    {
        var classified = ChargeParser.Parse(charges).Select(Table.Classify).ToList();

        Assert.Equal(uncertain, PrimaryCharge.Uncertain(classified, PrimaryCharge.Select(classified)!));
    }

    [Theory]
    [InlineData("3.1", "3", 1)]
    [InlineData("3", "2.1", 1)]
    [InlineData("2.1", "2", 1)]
    [InlineData("10", "9", 1)]
    [InlineData("2", "2", 0)]
    [InlineData("", "1", -1)]
    [InlineData("x", "1", -1)]
    public void Parts_compare_as_numbers(string a, string b, int sign)
    {
        Assert.Equal(sign, Math.Sign(PrimaryCharge.ComparePart(a, b)));
        Assert.Equal(-sign, Math.Sign(PrimaryCharge.ComparePart(b, a)));
    }

    [Fact]
    public void No_charges_no_primary() => Assert.Null(PrimaryCharge.Select([]));
}
