using Mediazona.Classification.Classifying;
using Mediazona.Classification.Rules;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Tests.Rules;

public class RuleBookTests
{
    static readonly RuleTable Newest = RuleFile.LoadEmbedded();

    /// <summary>A test-only version after the newest embedded one: not a real law change, only a table that differs where a test can see it.</summary>
    internal static readonly RuleTable TestNextVersion = RuleFile.Parse($$"""
        { "version": {{Newest.Version + 1}}, "effective_from": "2030-01-01",
          "rows": [ { "article": "337", "part": "5", "category": "AWOL", "mobilisation_era": true,
                      "awol_duration": "OVER_MONTH", "max_penalty_months": 999, "description": "test-only" } ] }
        """);

    static readonly RuleBook Book = new([.. RuleFile.LoadAllEmbedded(), TestNextVersion]);

    [Fact]
    public void The_embedded_book_starts_with_version_1_and_keeps_every_version()
    {
        var book = RuleBook.LoadEmbedded();

        Assert.Equal([1, 2], book.Versions.Select(v => v.Version));
        Assert.Equal(book.Versions[^1].Version, book.ActiveOn(new DateOnly(2099, 1, 1)).Version);
    }

    [Fact]
    public void A_newer_version_takes_over_on_its_effective_date_and_not_before()
    {
        Assert.Equal(Newest.Version, Book.ActiveOn(new DateOnly(2029, 12, 31)).Version);
        Assert.Equal(TestNextVersion.Version, Book.ActiveOn(new DateOnly(2030, 1, 1)).Version);
        Assert.Equal(TestNextVersion.Version, Book.ActiveAt(new DateTimeOffset(2030, 6, 1, 0, 0, 0, TimeSpan.Zero)).Version);
    }

    [Fact]
    public void Before_any_version_applies_the_first_one_answers() =>
        Assert.Equal(1, Book.ActiveOn(new DateOnly(2000, 1, 1)).Version);

    [Fact]
    public void Classifications_carry_the_version_that_made_them()
    {
        var courtCase = new CourtCase { Defendants = { new Defendant { Ordinal = 1, ChargesRaw = "ст.337 ч.5 УК РФ" } } };

        var result = CaseClassifier.Classify(courtCase, null, Book.ActiveOn(new DateOnly(2030, 1, 2)));

        Assert.Equal(TestNextVersion.Version, result.RulesVersion);
        Assert.Equal(999, result.Defendants[0].Primary.MaxPenaltyMonths);
    }

    [Fact]
    public void A_version_listed_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => new RuleBook([TestNextVersion, TestNextVersion]));
}
