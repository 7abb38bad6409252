using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Tests.Support;
using Mediazona.Ingestion.Validation;

namespace Mediazona.Ingestion.Tests.Validation;

public class CaseValidatorTests
{
    static Rejection? Validate(CourtCase courtCase) => CaseValidator.Validate(courtCase, "cases[3]", TestCases.Today);

    static void AssertRejected(CourtCase courtCase, string field)
    {
        var rejection = Validate(courtCase);
        Assert.NotNull(rejection);
        Assert.Equal(field, rejection.Field);
        Assert.False(string.IsNullOrWhiteSpace(rejection.Reason));
    }

    [Fact]
    public void A_complete_case_is_accepted() => Assert.Null(Validate(TestCases.Valid()));

    [Fact]
    public void A_structured_case_may_give_a_known_proceeding_kind_and_no_unknown_one()
    {
        var cassation = TestCases.Valid();
        cassation.ProceedingKind = ProceedingKind.CriminalCassation;
        Assert.Null(Validate(cassation));
        var unknown = TestCases.Valid();
        unknown.ProceedingKind = (ProceedingKind)99;
        AssertRejected(unknown, "cases[3].proceeding_kind");
    }

    [Fact]
    public void A_case_with_only_its_keys_is_accepted() =>
        Assert.Null(Validate(new CourtCase { Court = new Court { Code = "01OV0001" }, CaseNumber = "1-1/2023" }));

    [Fact]
    public void Court_is_required() => AssertRejected(new CourtCase { CaseNumber = "1-1/2023" }, "cases[3].court.code");

    [Theory]
    [InlineData("")]
    [InlineData("46GV001")]
    [InlineData("46gv0001")]
    [InlineData("4GVV0001")]
    [InlineData("46GV00011")]
    [InlineData("46ГВ0001")]
    [InlineData("46GV 0001")]
    public void Court_code_must_be_two_digits_two_letters_four_digits(string code)
    {
        var courtCase = TestCases.Valid();
        courtCase.Court.Code = code;
        AssertRejected(courtCase, "cases[3].court.code");
    }

    [Theory]
    [InlineData("46GV0001")]
    [InlineData("01OV0001")]
    [InlineData("99ZZ9999")]
    public void Court_codes_of_the_right_shape_are_accepted(string code)
    {
        var courtCase = TestCases.Valid();
        courtCase.Court.Code = code;
        Assert.Null(Validate(courtCase));
    }

    [Fact]
    public void Case_number_is_required()
    {
        var courtCase = TestCases.Valid();
        courtCase.CaseNumber = "";
        AssertRejected(courtCase, "cases[3].case_number");
    }

    [Fact]
    public void Case_number_is_bounded()
    {
        var courtCase = TestCases.Valid();
        courtCase.CaseNumber = new string('1', ValidationLimits.MaxKeyLength + 1);
        AssertRejected(courtCase, "cases[3].case_number");
        courtCase.CaseNumber = new string('1', ValidationLimits.MaxKeyLength);
        Assert.Null(Validate(courtCase));
    }

    [Fact]
    public void Case_uid_is_bounded()
    {
        var courtCase = TestCases.Valid();
        courtCase.CaseUid = new string('u', ValidationLimits.MaxKeyLength + 1);
        AssertRejected(courtCase, "cases[3].case_uid");
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-13-01")]
    [InlineData("2023-2-3")]
    [InlineData("01.02.2023")]
    [InlineData("2023-02-01T00:00")]
    [InlineData("１９９５-01-01")]
    [InlineData("1990-12-31")]
    [InlineData("2024-06-03")]
    public void Entry_date_must_be_a_real_day_in_range(string date)
    {
        var courtCase = TestCases.Valid();
        courtCase.EntryDate = date;
        courtCase.DecisionDate = "";
        AssertRejected(courtCase, "cases[3].entry_date");
    }

    [Theory]
    [InlineData("")]
    [InlineData("1991-01-01")]
    [InlineData("2024-02-29")]
    [InlineData("2024-06-02")]
    public void Entry_date_may_be_absent_or_any_real_day_up_to_tomorrow(string date)
    {
        var courtCase = TestCases.Valid();
        courtCase.EntryDate = date;
        courtCase.DecisionDate = "";
        Assert.Null(Validate(courtCase));
    }

    [Fact]
    public void Decision_date_is_checked()
    {
        var courtCase = TestCases.Valid();
        courtCase.DecisionDate = "2024-04-31";
        AssertRejected(courtCase, "cases[3].decision_date");
    }

    [Fact]
    public void Decision_cannot_come_before_entry()
    {
        var courtCase = TestCases.Valid();
        courtCase.EntryDate = "2024-03-02";
        courtCase.DecisionDate = "2024-03-01";
        AssertRejected(courtCase, "cases[3].decision_date");
        courtCase.DecisionDate = "2024-03-02";
        Assert.Null(Validate(courtCase));
    }

    [Fact]
    public void Event_dates_are_checked()
    {
        var courtCase = TestCases.Valid();
        courtCase.Events[1].Date = "2024-02-30";
        AssertRejected(courtCase, "cases[3].events[1].date");
        courtCase = TestCases.Valid();
        courtCase.Events[0].PublishedDate = "2099-01-01";
        AssertRejected(courtCase, "cases[3].events[0].published_date");
    }

    [Fact]
    public void Act_and_annotation_dates_are_checked()
    {
        var courtCase = TestCases.Valid();
        courtCase.Acts[0].PublishedDate = "yesterday";
        AssertRejected(courtCase, "cases[3].acts[0].published_date");
        courtCase = TestCases.Valid();
        courtCase.Annotations[0].SourceDate = "1980-01-01";
        AssertRejected(courtCase, "cases[3].annotations[0].source_date");
    }

    [Fact]
    public void Defendant_ordinals_must_be_unique()
    {
        var courtCase = TestCases.Valid();
        courtCase.Defendants.Add(new Defendant { Ordinal = 1, Name = "Сидоров С. С." });
        AssertRejected(courtCase, "cases[3].defendants[1].ordinal");
    }

    [Fact]
    public void Defendant_ordinals_start_at_one()
    {
        var courtCase = TestCases.Valid();
        courtCase.Defendants.Add(new Defendant { Ordinal = 0, Name = "Сидоров С. С." });
        AssertRejected(courtCase, "cases[3].defendants[1].ordinal");
    }

    [Fact]
    public void Defendants_are_bounded()
    {
        var courtCase = TestCases.Valid();
        courtCase.Defendants.Clear();
        for (var i = 1; i <= ValidationLimits.MaxDefendants; i++)
            courtCase.Defendants.Add(new Defendant { Ordinal = i });
        Assert.Null(Validate(courtCase));
        courtCase.Defendants.Add(new Defendant { Ordinal = ValidationLimits.MaxDefendants + 1 });
        AssertRejected(courtCase, "cases[3].defendants");
    }

    [Fact]
    public void Events_are_bounded()
    {
        var courtCase = TestCases.Valid();
        for (var i = 0; i < ValidationLimits.MaxEvents; i++)
            courtCase.Events.Add(new CaseEvent { Name = "Судебное заседание" });
        AssertRejected(courtCase, "cases[3].events");
    }

    [Fact]
    public void Short_text_fields_are_bounded_wherever_they_are()
    {
        var tooLong = new string('я', ValidationLimits.MaxTextLength + 1);
        var courtCase = TestCases.Valid();
        courtCase.Judge = tooLong;
        AssertRejected(courtCase, "cases[3].judge");
        courtCase = TestCases.Valid();
        courtCase.Court.Name = tooLong;
        AssertRejected(courtCase, "cases[3].court.name");
        courtCase = TestCases.Valid();
        courtCase.Defendants[0].Charges[0].Raw = tooLong;
        AssertRejected(courtCase, "cases[3].defendants[0].charges[0].raw");
        courtCase = TestCases.Valid();
        courtCase.Events[1].Note = tooLong;
        AssertRejected(courtCase, "cases[3].events[1].note");
    }

    [Fact]
    public void Act_text_may_be_long_but_not_unbounded()
    {
        var courtCase = TestCases.Valid();
        courtCase.Acts[0].Text = new string('я', ValidationLimits.MaxActTextLength);
        Assert.Null(Validate(courtCase));
        courtCase.Acts[0].Text += "я";
        AssertRejected(courtCase, "cases[3].acts[0].text");
    }

    [Fact]
    public void Unknown_outcome_numbers_are_rejected()
    {
        var courtCase = TestCases.Valid();
        courtCase.Outcome = (Outcome)99;
        AssertRejected(courtCase, "cases[3].outcome");
    }
}
