using Mediazona.Classification.Rules;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Tests.Rules;

public class RuleFileTests
{
    [Fact]
    public void The_embedded_table_is_version_1_from_the_day_365_FZ_took_effect()
    {
        var table = RuleFile.LoadEmbedded();

        Assert.Equal(1, table.Version);
        Assert.Equal(new DateOnly(2022, 9, 24), table.EffectiveFrom);
        Assert.Contains(table.Rules, r => r is { Article: "337", Part: "5", Category: Category.Awol, MobilisationEra: true });
        Assert.All(table.Rules, r => Assert.NotEqual(Category.Unspecified, r.Category));
    }

    [Fact]
    public void Reads_rows_from_json()
    {
        var table = RuleFile.Parse("""
            { "version": 7, "effective_from": "2025-12-01",
              "rows": [ { "article": "337", "part": "5", "category": "AWOL", "mobilisation_era": true,
                          "awol_duration": "OVER_MONTH", "max_penalty_months": 144, "description": "raised" } ] }
            """);

        var rule = Assert.Single(table.Rules);
        Assert.Equal(7, table.Version);
        Assert.Equal(new Rule("337", "5", Category.Awol, true, AwolDuration.OverMonth, 144, "raised"), rule);
    }

    [Theory]
    [InlineData("""{ "version": 1, "effective_from": "24.09.2022", "rows": [] }""")]
    [InlineData("""{ "version": 0, "effective_from": "2022-09-24", "rows": [] }""")]
    [InlineData("""{ "version": 1, "effective_from": "2022-09-24", "rows": [ { "article": "337", "part": "5", "category": "AWOLL" } ] }""")]
    [InlineData("""{ "version": 1, "effective_from": "2022-09-24", "rows": [ { "article": "337", "part": "5", "category": "AWOL", "awol_duration": "FOREVER" } ] }""")]
    [InlineData("""{ "version": 1, "effective_from": "2022-09-24", "rows": [ { "article": "", "category": "AWOL" } ] }""")]
    [InlineData("""{ "version": 1, "effective_from": "2022-09-24", "rows": [ { "article": "336", "category": "INSULT" }, { "article": "336", "category": "INSULT" } ] }""")]
    [InlineData("""{ "version": 1, "effective_from": "2022-09-24", "rows": [ { "article": "336", "part": "1", "category": "INSULT" }, { "article": "336", "part": "2", "category": "AWOL" } ] }""")]
    public void A_broken_table_fails_loudly(string json) =>
        Assert.Throws<InvalidDataException>(() => RuleFile.Parse(json));
}
