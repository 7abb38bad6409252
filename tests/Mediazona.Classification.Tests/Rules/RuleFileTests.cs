using Mediazona.Classification.Rules;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Tests.Rules;

public class RuleFileTests
{
    [Fact]
    public void The_embedded_tables_are_versions_1_and_2_for_the_law_of_24_September_2022()
    {
        var tables = RuleFile.LoadAllEmbedded();

        Assert.Equal([1, 2], tables.Select(t => t.Version));
        Assert.Equal(2, RuleFile.LoadEmbedded().Version);
        Assert.All(tables, table =>
        {
            Assert.Equal(new DateOnly(2022, 9, 24), table.EffectiveFrom);
            Assert.Contains(table.Rules, r => r is { Article: "337", Part: "5", Category: Category.Awol, MobilisationEra: true });
            Assert.All(table.Rules, r => Assert.NotEqual(Category.Unspecified, r.Category));
        });
    }

    [Fact]
    public void A_maximum_left_out_is_unknown_and_life_is_read()
    {
        var table = RuleFile.Parse("""
            { "version": 9, "effective_from": "2030-01-01",
              "rows": [ { "article": "201.2", "category": "NON_MILITARY", "max_penalty_months": null },
                        { "article": "336", "category": "INSULT", "max_penalty_months": 0 },
                        { "article": "105", "part": "2", "category": "NON_MILITARY", "max_penalty_months": 240, "life_imprisonment": true } ] }
            """);

        Assert.Equal([(true, false), (false, false), (false, true)], table.Rules.Select(r => (r.MaxPenaltyUnknown, r.LifeImprisonment)));
        Assert.Equal([0, 0, 240], table.Rules.Select(r => r.MaxPenaltyMonths));
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
