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
    [InlineData("ст.228 ч.2 УК РФ; ст.337 ч.4 УК РФ", "337", "4")]
    [InlineData("ст.352.1 УК РФ; ст.338 ч.3 УК РФ", "338", "3")]
    public void The_gravest_charge_is_primary(string charges, string article, string part)
    {
        var primary = PrimaryOf(charges);

        Assert.NotNull(primary);
        Assert.Equal((article, part), (primary.Charge.Article, primary.Charge.Part));
    }

    [Fact]
    public void Equal_weight_falls_to_the_higher_part()
    {
        // Both unknown to the table: not mobilisation-era, no maximum; the part decides.
        var primary = PrimaryOf("ст.228 ч.2.1 УК РФ; ст.228 ч.3 УК РФ; ст.228 ч.2 УК РФ");

        Assert.Equal("3", primary?.Charge.Part);
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
