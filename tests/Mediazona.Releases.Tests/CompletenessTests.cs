using Mediazona.Releases.Completeness;

namespace Mediazona.Releases.Tests;

public class CompletenessTests
{
    [Theory]
    [InlineData("1-123/2023", "1", 123, 2023)]
    [InlineData(" 1 - 7 / 2024", "1", 7, 2024)]
    [InlineData("7У-1297/2026 [77-655/2026]", "7у", 1297, 2026)]
    [InlineData("2a-15/2023", "2а", 15, 2023)]
    [InlineData("4/17-12/2024", "4/17", 12, 2024)]
    [InlineData("22-45/2023", "22", 45, 2023)]
    public void A_case_number_gives_its_register_number_and_year(string text, string register, int number, int year) =>
        Assert.Equal(new CaseNumber(register, number, year), CaseNumber.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("б/н")]
    [InlineData("1-123")]
    [InlineData("１-１２３/２０２３")] // full-width digits are not a court's numbering
    [InlineData("УИД 46RS0001-01-2023-000123-45")]
    public void Text_without_a_case_number_gives_none(string text) => Assert.Null(CaseNumber.Parse(text));

    static SeenCase Seen(string number, string entry, string court = "46GV0001", bool decided = false, bool act = false, bool hidden = false) =>
        new(court, number, DateOnly.Parse(entry, System.Globalization.CultureInfo.InvariantCulture), decided, act, hidden);

    [Fact]
    public void Holes_between_seen_numbers_are_counted_in_the_months_between_their_neighbours()
    {
        var months = CompletenessEstimate.Of(
        [
            Seen("1-10/2023", "2023-01-10"),
            Seen("1-11/2023", "2023-01-12"),
            // 12, 13, 14 unseen: between 12 January and 11 March (58 days), a quarter, a half and three quarters of the way
            // there: 26 January, 10 and 24 February.
            Seen("1-15/2023", "2023-03-11"),
            // 16 unseen, halfway to 25 March.
            Seen("1-17/2023", "2023-03-25"),
        ]);
        Assert.Equal(
            [(2023, 1, 2, 1), (2023, 2, 0, 2), (2023, 3, 2, 1)],
            months.Select(m => (m.Year, m.Month, m.Seen, m.EstimatedUnseen)));
        Assert.Equal(4, months.Sum(m => m.EstimatedUnseen));
    }

    [Fact]
    public void Each_register_year_and_court_is_its_own_sequence_and_nothing_is_guessed_before_the_first_or_after_the_last()
    {
        var months = CompletenessEstimate.Of(
        [
            Seen("1-100/2022", "2022-12-20"), Seen("1-3/2023", "2023-01-10"), // a new year starts again at 1: no hole across years
            Seen("22-5/2023", "2023-01-11"), Seen("22-8/2023", "2023-01-20"), // the appeal register: 6 and 7 unseen
            Seen("1-4/2023", "2023-01-12", court: "77GV0020"), Seen("1-9/2023", "2023-01-30", court: "77GV0020"), // another court: 5-8
            Seen("1-9/2023", "2023-01-31", court: "77GV0020", decided: true), // the same number again is the same case: counted once
            Seen("б/н", "2023-01-15"), // no number: seen, bounds nothing
        ]);
        var kursk = months.Where(m => m.CourtCode == "46GV0001").ToDictionary(m => (m.Year, m.Month));
        Assert.Equal((1, 0), (kursk[(2022, 12)].Seen, kursk[(2022, 12)].EstimatedUnseen));
        Assert.Equal((4, 2), (kursk[(2023, 1)].Seen, kursk[(2023, 1)].EstimatedUnseen));
        var other = months.Single(m => m.CourtCode == "77GV0020");
        Assert.Equal((2, 4, 0), (other.Seen, other.EstimatedUnseen, other.Decided));
    }

    [Fact]
    public void What_is_hidden_of_the_cases_seen_is_counted_by_month()
    {
        var month = Assert.Single(CompletenessEstimate.Of(
        [
            Seen("1-1/2023", "2023-02-01", decided: true, act: true),
            Seen("1-2/2023", "2023-02-02", decided: true, act: false, hidden: true),
            Seen("1-3/2023", "2023-02-03", decided: true, act: false),
            Seen("1-4/2023", "2023-02-04", decided: false, hidden: true),
        ]));
        Assert.Equal((4, 3, 2, 2), (month.Seen, month.Decided, month.DecidedWithoutPublishedAct, month.NamesHidden));
        Assert.Equal(2.0 / 3, month.ShareWithoutPublishedAct!.Value, 9);
        Assert.Equal(0.5, month.ShareNamesHidden!.Value, 9);
    }

    [Fact]
    public void A_release_carries_completeness_computed_from_its_own_cases_and_defendants()
    {
        // Numbers 10, 13 and 14 of one court: 11 and 12 unseen. 13's one defendant's name is shown.
        var release = SampleRelease.Build(
            [SampleRelease.Case("10", "46GV0001", new(2023, 1, 10), new(2023, 2, 1)), SampleRelease.Case("13", "46GV0001", new(2023, 1, 20), null),
             SampleRelease.Case("14", "46GV0001", new(2023, 2, 3), null)],
            [SampleRelease.Defendant("10", 1, "IMPRISONMENT", 24), SampleRelease.Defendant("13", 1, "", 0), SampleRelease.Defendant("14", 1, "", 0)]);
        var hiddenShown = release.Table("defendants").Rows.Select(r => r.ToArray()).ToList();
        hiddenShown[1][2] = false;
        var table = CompletenessRows.Of(release.Table("cases"), new Mediazona.Releases.Schema.ReleaseTable(Mediazona.Releases.Schema.ReleaseTables.Defendants, hiddenShown));

        Assert.Equal(
            [("46GV0001", 2023, 1, 2, 2, 1, 0, 1), ("46GV0001", 2023, 2, 1, 0, 0, 0, 1)],
            table.Rows.Select(r => ((string)r[0]!, (int)r[1]!, (int)r[2]!, (int)r[3]!, (int)r[4]!, (int)r[5]!, (int)r[6]!, (int)r[7]!)));
    }
}
