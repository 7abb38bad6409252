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
            Seen("1-9/2023", "2023-01-30", court: "77GV0020"), // the same number again counts once in the sequence
            Seen("б/н", "2023-01-15"), // no number: seen, bounds nothing
        ]);
        var kursk = months.Where(m => m.CourtCode == "46GV0001").ToDictionary(m => (m.Year, m.Month));
        Assert.Equal((1, 0), (kursk[(2022, 12)].Seen, kursk[(2022, 12)].EstimatedUnseen));
        Assert.Equal((4, 2), (kursk[(2023, 1)].Seen, kursk[(2023, 1)].EstimatedUnseen));
        var other = months.Single(m => m.CourtCode == "77GV0020");
        Assert.Equal((3, 4), (other.Seen, other.EstimatedUnseen));
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
}
