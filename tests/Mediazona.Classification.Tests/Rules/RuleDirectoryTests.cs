using Mediazona.Classification.Rules;

namespace Mediazona.Classification.Tests.Rules;

/// <summary>Rules:Directory: rules.vN.json tables read from a folder next to the embedded ones, checked as strictly.</summary>
public sealed class RuleDirectoryTests : IDisposable
{
    readonly string _directory = Directory.CreateTempSubdirectory("mz-rules-").FullName;

    /// <summary>A test-only table (not law): one row, version and date as the test needs.</summary>
    static string Table(int version, string effectiveFrom = "2030-01-01", string category = "AWOL") => $$"""
        { "version": {{version}}, "effective_from": "{{effectiveFrom}}",
          "rows": [ { "article": "337", "part": "1", "category": "{{category}}", "mobilisation_era": true,
                      "awol_duration": "PEACETIME", "max_penalty_months": 7, "description": "test-only" } ] }
        """;

    void Write(string name, string content) => File.WriteAllText(Path.Combine(_directory, name), content);

    [Fact]
    public void Without_a_directory_the_book_is_the_embedded_one() =>
        Assert.Equal(RuleBook.LoadEmbedded().Versions.Select(v => v.Version), RuleBook.Load(null).Versions.Select(v => v.Version));

    [Fact]
    public void Tables_in_the_directory_join_the_embedded_ones_and_take_over_on_their_date()
    {
        Write("rules.v7.json", Table(7, "2030-01-01"));
        Write("rules.v8.json", Table(8, "2031-01-01"));
        Write("README.md", "not a rule table");

        var book = RuleBook.Load(_directory);

        Assert.Equal(RuleBook.LoadEmbedded().Versions.Select(v => v.Version).Concat([7, 8]), book.Versions.Select(v => v.Version));
        Assert.Equal(7, book.ActiveOn(new DateOnly(2030, 6, 1)).Version);
        Assert.Equal(8, book.ActiveOn(new DateOnly(2031, 1, 1)).Version);
        Assert.Equal(RuleBook.LoadEmbedded().ActiveOn(new DateOnly(2029, 12, 31)).Version, book.ActiveOn(new DateOnly(2029, 12, 31)).Version);
        Assert.Equal(7, book.ActiveOn(new DateOnly(2030, 6, 1)).Rules.Single().MaxPenaltyMonths);
    }

    [Fact]
    public void A_file_that_is_not_json_fails_and_names_the_file()
    {
        Write("rules.v7.json", "{ \"version\": 7, \"effective_from\": ");

        var error = Assert.Throws<InvalidDataException>(() => RuleBook.Load(_directory));

        Assert.Contains("rules.v7.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_the_validation_refuses_fails_and_names_the_file()
    {
        Write("rules.v7.json", Table(7, category: "NOT_A_CATEGORY"));

        var error = Assert.Throws<InvalidDataException>(() => RuleBook.Load(_directory));

        Assert.Contains("rules.v7.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("NOT_A_CATEGORY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_name_and_content_disagree_on_the_version_fails()
    {
        Write("rules.v7.json", Table(8));

        var error = Assert.Throws<InvalidDataException>(() => RuleBook.Load(_directory));

        Assert.Contains("version 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misnamed_rule_file_fails()
    {
        Write("rules.vnext.json", Table(7));

        var error = Assert.Throws<InvalidDataException>(() => RuleBook.Load(_directory));

        Assert.Contains("rules.vnext.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_the_service_already_embeds_is_refused()
    {
        var embedded = RuleBook.LoadEmbedded().Versions[0].Version;
        Write($"rules.v{embedded}.json", Table(embedded));

        var error = Assert.Throws<InvalidDataException>(() => RuleBook.Load(_directory));

        Assert.Contains($"version(s) {embedded}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_directory_fails() =>
        Assert.Throws<InvalidDataException>(() => RuleBook.Load(Path.Combine(_directory, "absent")));

    [Fact]
    public void A_directory_without_rule_files_fails()
    {
        Write("notes.txt", "nothing here");

        var error = Assert.Throws<InvalidDataException>(() => RuleBook.Load(_directory));

        Assert.Contains("no rules.vN.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_end_to_end_test_table_follows_the_newest_embedded_one_and_differs_only_in_337_part_1()
    {
        var book = RuleBook.Load(TestTableDirectory());
        var newest = RuleFile.LoadEmbedded();
        var test = book.Versions[^1];

        Assert.Equal(newest.Version + 1, test.Version);
        Assert.True(test.EffectiveFrom <= DateOnly.FromDateTime(DateTime.UtcNow), "the test table must already be in force");
        var changed = test.Rules.Except(newest.Rules).ToList();
        Assert.Equal(("337", "1", true), changed.Select(r => (r.Article, r.Part, r.MobilisationEra)).Single());
        Assert.Equal(newest.Rules.Count, test.Rules.Count);
    }

    /// <summary>tests/fixtures/classification/rules-v3-test, found above the test's output folder.</summary>
    static string TestTableDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fixtures", "classification", "rules-v3-test");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/fixtures/classification/rules-v3-test not found above " + AppContext.BaseDirectory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
