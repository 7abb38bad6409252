using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Identity;
using Mediazona.Ingestion.Intake;
using Mediazona.Ingestion.Tests.Support;

namespace Mediazona.Ingestion.Tests.Intake;

public class CaseIntakeTests
{
    [Fact]
    public void Valid_and_invalid_records_are_sorted_with_their_positions()
    {
        var bad = TestCases.Valid(caseNumber: "1-2/2024");
        bad.EntryDate = "2023-02-30";
        var records = new[] { TestCases.Valid(courtCode: "46gv0001 "), bad, TestCases.Valid(caseNumber: "1-3/2024") };

        var sorted = CaseIntake.Sort(records, TestCases.Today);

        Assert.Equal([0, 2], sorted.Accepted.Select(a => a.Index));
        var rejected = Assert.Single(sorted.Rejected);
        Assert.Equal(1, rejected.Index);
        Assert.Equal("cases[1].entry_date", rejected.Field);
        Assert.Equal(bad.ToByteArray(), rejected.Raw);
    }

    [Fact]
    public void Accepted_cases_are_normalised_and_identified_by_their_normalised_key()
    {
        var sorted = CaseIntake.Sort([TestCases.Valid(courtCode: " 46gv0001", caseNumber: "1-12  /2024")], TestCases.Today);
        var accepted = Assert.Single(sorted.Accepted);
        Assert.Equal("46GV0001", accepted.CourtCode);
        Assert.Equal("1-12 /2024", accepted.CaseNumber);
        Assert.Equal(CaseIdentity.CaseId("46GV0001", "1-12 /2024", ""), accepted.CaseId);
        Assert.Equal(ContentHash.Of(accepted.Case), accepted.ContentHash);
        Assert.Equal(accepted.Case, CourtCase.Parser.ParseFrom(accepted.Payload));
    }

    [Fact]
    public void Cosmetic_differences_give_the_same_id_and_hash()
    {
        var messy = TestCases.Valid(courtCode: "46gv0001", caseNumber: " 1-12/2024 ");
        messy.Judge = " Иванов И. И. ";
        var sorted = CaseIntake.Sort([TestCases.Valid(), messy], TestCases.Today);
        Assert.Equal(sorted.Accepted[0].CaseId, sorted.Accepted[1].CaseId);
        Assert.Equal(sorted.Accepted[0].ContentHash, sorted.Accepted[1].ContentHash);
    }

    [Fact]
    public void A_structured_case_cannot_claim_how_its_court_was_resolved()
    {
        var claimed = TestCases.Valid(caseNumber: "1-7/2024");
        claimed.CourtResolution = new CourtResolution { Source = CourtCodeSource.Page, Disagreements = { "made up" } };
        var accepted = Assert.Single(CaseIntake.Sort([claimed], TestCases.Today).Accepted);
        Assert.Null(accepted.Case.CourtResolution);
        Assert.NotNull(claimed.CourtResolution);
    }

    [Fact]
    public void A_record_without_a_court_is_rejected_not_thrown()
    {
        var sorted = CaseIntake.Sort([new CourtCase { CaseNumber = "1" }], TestCases.Today);
        Assert.Empty(sorted.Accepted);
        Assert.Equal("cases[0].court.code", Assert.Single(sorted.Rejected).Field);
    }
}
