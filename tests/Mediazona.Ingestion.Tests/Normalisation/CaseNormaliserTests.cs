using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Normalisation;
using Mediazona.Ingestion.Tests.Support;

namespace Mediazona.Ingestion.Tests.Normalisation;

public class CaseNormaliserTests
{
    [Fact]
    public void Strings_are_trimmed_everywhere()
    {
        var input = TestCases.Valid();
        input.Judge = "  Иванов И. И.\t";
        input.Defendants[0].Charges[0].Article = " 337 ";
        input.Events[0].Name = "\u00a0Регистрация\n";
        input.Annotations[0].Punishment = new Punishment { RawText = " 5 лет " };

        var normalised = CaseNormaliser.Normalise(input);

        Assert.Equal("Иванов И. И.", normalised.Judge);
        Assert.Equal("337", normalised.Defendants[0].Charges[0].Article);
        Assert.Equal("Регистрация", normalised.Events[0].Name);
        Assert.Equal("5 лет", normalised.Annotations[0].Punishment.RawText);
    }

    [Fact]
    public void The_input_is_left_as_it_was()
    {
        var input = TestCases.Valid();
        input.Judge = " x ";
        _ = CaseNormaliser.Normalise(input);
        Assert.Equal(" x ", input.Judge);
    }

    [Fact]
    public void Court_code_is_upper_cased() =>
        Assert.Equal("46GV0001", CaseNormaliser.Normalise(TestCases.Valid(courtCode: " 46gv0001 ")).Court.Code);

    [Fact]
    public void Whitespace_in_case_number_is_collapsed() =>
        Assert.Equal("1-12 / 2024", CaseNormaliser.Normalise(TestCases.Valid(caseNumber: " 1-12  \t/ 2024 ")).CaseNumber);

    [Fact]
    public void Ordinals_are_assigned_when_all_are_zero()
    {
        var input = TestCases.Valid();
        input.Defendants[0].Ordinal = 0;
        input.Defendants.Add(new Defendant { Name = "Сидоров С. С." });
        var normalised = CaseNormaliser.Normalise(input);
        Assert.Equal([1, 2], normalised.Defendants.Select(d => d.Ordinal));
    }

    [Fact]
    public void Given_ordinals_are_kept()
    {
        var input = TestCases.Valid();
        input.Defendants[0].Ordinal = 2;
        input.Defendants.Add(new Defendant { Ordinal = 1 });
        var normalised = CaseNormaliser.Normalise(input);
        Assert.Equal([2, 1], normalised.Defendants.Select(d => d.Ordinal));
    }

    [Fact]
    public void Court_host_comes_from_the_source_url_when_missing()
    {
        var input = TestCases.Valid();
        input.Court.Host = "";
        input.SourceUrl = " https://KGVS.krs.sudrf.ru/modules.php?name=sud_delo ";
        Assert.Equal("kgvs.krs.sudrf.ru", CaseNormaliser.Normalise(input).Court.Host);
    }

    [Fact]
    public void A_given_court_host_is_kept()
    {
        var input = TestCases.Valid();
        input.Court.Host = "other.sudrf.ru";
        Assert.Equal("other.sudrf.ru", CaseNormaliser.Normalise(input).Court.Host);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://kgvs.krs.sudrf.ru/x")]
    public void No_host_is_made_up_from_a_non_http_url(string url)
    {
        var input = TestCases.Valid();
        input.Court.Host = "";
        input.SourceUrl = url;
        Assert.Equal("", CaseNormaliser.Normalise(input).Court.Host);
    }

    [Fact]
    public void A_missing_court_becomes_an_empty_one() =>
        Assert.Equal("", CaseNormaliser.Normalise(new CourtCase { CaseNumber = "1" }).Court.Code);
}
