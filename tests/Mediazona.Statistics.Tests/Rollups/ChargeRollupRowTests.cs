using Mediazona.Statistics.Figures;
using Mediazona.Statistics.Rollups;

namespace Mediazona.Statistics.Tests.Rollups;

public class ChargeRollupRowTests
{
    static readonly People One = new(1, 1, 0, 1, 0);
    static readonly People Two = new(2, 1, 1, 1, 1);

    static CaseShape Shape(ChargedPeople[] categories, ChargedPeople[] articles, ChargedPeople[] parts) => new(Two, [], categories, articles, parts, Stages: []);

    static string Rows(CaseShape shape) =>
        string.Join("; ", ChargeRollupRow.Of(shape).Select(r => $"{r.Kinds} {r.Article}|{r.Part} c{r.Category} {r.People.Defendants}"));

    [Fact]
    public void A_case_with_one_charge_writes_one_row_for_its_part_article_and_category()
    {
        var shape = Shape([new("", "", 5, One)], [new("337", "", 5, One)], [new("337", "5", 5, One)]);

        Assert.Equal("pac 337|5 c5 1", Rows(shape));
    }

    [Fact]
    public void Two_parts_of_one_article_keep_their_own_rows_and_the_article_and_category_share_one()
    {
        // Two defendants: one under 337 ч.5, one under 337 ч.3.1; the article and category count both.
        var shape = Shape([new("", "", 5, Two)], [new("337", "", 5, Two)], [new("337", "5", 5, One), new("337", "3.1", 5, One)]);

        Assert.Equal("p 337|5 c5 1; p 337|3.1 c5 1; ac 337| c5 2", Rows(shape));
    }

    [Fact]
    public void Rows_with_other_figures_or_another_category_are_not_folded()
    {
        // 337 ч.5 (category 5) and 338 ч.3 (category 6) for one defendant, 337 ч.5 alone for another.
        var shape = Shape([new("", "", 5, Two), new("", "", 6, One)], [new("337", "", 5, Two), new("338", "", 6, One)],
            [new("337", "5", 5, Two), new("338", "3", 6, One)]);

        Assert.Equal("pac 337|5 c5 2; pac 338|3 c6 1", Rows(shape));
        var split = Shape([new("", "", 5, Two)], [new("337", "", 5, Two), new("332", "", 5, One)], [new("337", "5", 5, Two), new("332", "2.1", 5, One)]);
        Assert.Equal("pac 337|5 c5 2; pa 332|2.1 c5 1", Rows(split));
    }
}
