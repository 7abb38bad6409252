using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Queries;

namespace Mediazona.Statistics.Tests.Queries;

public class SummaryRequestParserTests
{
    static readonly DateOnly Today = new(2024, 5, 6);

    [Fact]
    public void An_empty_request_means_today_and_mobilisation_era_cases_everywhere()
    {
        var filter = SummaryRequestParser.Parse(new GetSummaryRequest(), Today).Filter!;

        Assert.Equal(Today, filter.AsOf);
        Assert.False(filter.AllCases);
        Assert.Empty(filter.CourtCodes);
        Assert.Equal((null, null, null, null, null), (filter.Article, filter.Part, filter.Category, filter.EntryFrom, filter.EntryTo));
    }

    [Fact]
    public void Normalises_fields_so_equal_questions_look_equal()
    {
        var messy = new GetSummaryRequest { AsOf = " 2023-04-03 ", CourtCodes = { " 46gv0001", "35GV0002", "46GV0001", "" }, Article = " 337 ", Part = "5 " };
        var tidy = new GetSummaryRequest { AsOf = "2023-04-03", CourtCodes = { "35GV0002", "46GV0001" }, Article = "337", Part = "5" };

        var a = SummaryRequestParser.Parse(messy, Today).Filter!;
        var b = SummaryRequestParser.Parse(tidy, Today).Filter!;

        Assert.Equal(["35GV0002", "46GV0001"], a.CourtCodes);
        Assert.Equal(b.Canonical(), a.Canonical());
        Assert.Equal(new DateOnly(2023, 4, 3), a.AsOf);
    }

    [Fact]
    public void Different_questions_have_different_canonical_forms()
    {
        var requests = new[]
        {
            new GetSummaryRequest(),
            new GetSummaryRequest { AllCases = true },
            new GetSummaryRequest { AsOf = "2023-04-03" },
            new GetSummaryRequest { CourtCodes = { "46GV0001" } },
            new GetSummaryRequest { Article = "337" },
            new GetSummaryRequest { Article = "337", Part = "5" },
            new GetSummaryRequest { Category = Category.Awol },
            new GetSummaryRequest { EntryFrom = "2023-01-01" },
            new GetSummaryRequest { EntryTo = "2023-01-01" },
            new GetSummaryRequest { Article = "338", Stage = OffenceStage.Attempt },
            new GetSummaryRequest { Article = "338", Stage = OffenceStage.Preparation },
        };

        var canonical = requests.Select(r => SummaryRequestParser.Parse(r, Today).Filter!.Canonical()).ToList();

        Assert.Equal(canonical.Count, canonical.Distinct().Count());
    }

    [Theory]
    [InlineData("as_of")]
    [InlineData("entry_from")]
    [InlineData("entry_to")]
    public void A_bad_date_is_refused_with_its_field(string field)
    {
        var request = new GetSummaryRequest();
        foreach (var bad in new[] { "03.04.2023", "2023-02-30", "yesterday" })
        {
            switch (field)
            {
                case "as_of": request.AsOf = bad; break;
                case "entry_from": request.EntryFrom = bad; break;
                default: request.EntryTo = bad; break;
            }

            var result = SummaryRequestParser.Parse(request, Today);

            Assert.False(result.IsValid);
            Assert.Equal(field, Assert.Single(result.Violations).Field);
        }
    }

    [Fact]
    public void A_category_out_of_range_is_refused()
    {
        var result = SummaryRequestParser.Parse(new GetSummaryRequest { Category = (Category)99 }, Today);

        Assert.Equal("category", Assert.Single(result.Violations).Field);
    }

    [Theory]
    [InlineData("ст.337", "", "article")]
    [InlineData("337", "ч.5", "part")]
    [InlineData("", "5", "part")]
    public void Article_and_part_must_be_numbers_and_part_needs_article(string article, string part, string field)
    {
        var result = SummaryRequestParser.Parse(new GetSummaryRequest { Article = article, Part = part }, Today);

        Assert.Equal(field, Assert.Single(result.Violations).Field);
    }

    [Fact]
    public void A_stage_goes_with_an_article_and_without_a_category()
    {
        var attempted = SummaryRequestParser.Parse(new GetSummaryRequest { Article = "338", Stage = OffenceStage.Attempt }, Today);
        Assert.Equal(OffenceStage.Attempt, attempted.Filter!.Stage);
        Assert.True(attempted.Filter.NamesACharge);

        Assert.Equal("stage", Assert.Single(SummaryRequestParser.Parse(new GetSummaryRequest { Stage = OffenceStage.Attempt }, Today).Violations).Field);
        Assert.Equal("stage", Assert.Single(SummaryRequestParser.Parse(
            new GetSummaryRequest { Article = "338", Category = Category.Desertion, Stage = OffenceStage.Attempt }, Today).Violations).Field);
        Assert.Equal("stage", Assert.Single(SummaryRequestParser.Parse(
            new GetSummaryRequest { Article = "338", Stage = (OffenceStage)9 }, Today).Violations).Field);
    }

    [Fact]
    public void Entry_range_must_not_be_reversed()
    {
        var result = SummaryRequestParser.Parse(new GetSummaryRequest { EntryFrom = "2023-03-01", EntryTo = "2023-02-01" }, Today);

        Assert.Equal("entry_to", Assert.Single(result.Violations).Field);
    }

    [Fact]
    public void A_malformed_court_code_is_refused()
    {
        var result = SummaryRequestParser.Parse(new GetSummaryRequest { CourtCodes = { "46GV0001", "46GV0001; drop table cases" } }, Today);

        Assert.Equal("court_codes", Assert.Single(result.Violations).Field);
    }

    [Fact]
    public void Reports_every_violation_at_once()
    {
        var result = SummaryRequestParser.Parse(new GetSummaryRequest { AsOf = "x", EntryFrom = "y", Category = (Category)42 }, Today);

        Assert.Equal(["as_of", "entry_from", "category"], result.Violations.Select(v => v.Field));
    }
}
