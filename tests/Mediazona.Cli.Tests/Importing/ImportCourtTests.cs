using Mediazona.Cli.Importing;
using Mediazona.Courts.Registry;

namespace Mediazona.Cli.Tests.Importing;

public class ImportCourtTests
{
    [Theory]
    [InlineData("46gv0001", "46GV0001")]
    [InlineData(" 77GV0020 ", "77GV0020")]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("Курск", null)]
    [InlineData("77GV20", null)]
    public void The_code_is_checked_for_shape_only(string? text, string? code)
    {
        Assert.Equal(code, ImportCourt.Parse(text));
    }

    [Theory]
    [InlineData("import cards --court Курск", true)]
    [InlineData("import cards --court 46gv0001", false)]
    [InlineData("import cards", false)]
    public void Mzctl_import_refuses_a_court_that_is_no_code(string line, bool refused)
    {
        var errors = Mzctl.Create().Parse(line).Errors;
        Assert.Equal(refused, errors.Any(e => e.Message.Contains("--court must be a court code", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_note_names_a_known_court_and_warns_about_an_unknown_one()
    {
        Assert.Contains("Курский гарнизонный военный суд", ImportCourt.Note("77GV0020", CourtRegistry.Current), StringComparison.Ordinal);
        Assert.Contains("not in the court registry", ImportCourt.Note("46GV0001", CourtRegistry.Current), StringComparison.Ordinal);
        Assert.Null(ImportCourt.Note("", CourtRegistry.Current));
    }
}
