using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.ServiceDefaults.Grpc;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Rpc;

namespace Mediazona.Statistics.Tests.Deep;

public class MonthlyIntakeTests
{
    [Fact]
    public void Missing_months_are_filled_and_the_earliest_of_equal_maxima_is_the_record()
    {
        var months = MonthlyIntake.Build([
            new MonthCount(new DateOnly(2023, 3, 1), 5, 1),
            new MonthCount(new DateOnly(2022, 12, 1), 5, 0),
            new MonthCount(new DateOnly(2023, 5, 1), 0, 4),
        ]);

        Assert.Equal(["2022-12 5 0 True", "2023-01 0 0 False", "2023-02 0 0 False", "2023-03 5 1 False", "2023-04 0 0 False", "2023-05 0 4 False"],
            months.Select(m => $"{m.Month} {m.CasesReceived} {m.Verdicts} {m.Record}"));
    }

    [Fact]
    public void Only_verdicts_make_no_record_month() =>
        Assert.DoesNotContain(MonthlyIntake.Build([new MonthCount(new DateOnly(2023, 3, 1), 0, 2)]), m => m.Record);
}

public class CaseTableCsvTests
{
    [Theory]
    [InlineData("337", "5", OffenceStage.Unspecified, ComplicityRole.Unspecified, "337 ч.5")]
    [InlineData("336", "", OffenceStage.Unspecified, ComplicityRole.Unspecified, "336")]
    [InlineData("338", "1", OffenceStage.Attempt, ComplicityRole.Unspecified, "338 ч.1 (ст.30 ч.3)")]
    [InlineData("228", "2", OffenceStage.Unspecified, ComplicityRole.Accessory, "228 ч.2 (ст.33 ч.5)")]
    [InlineData("228", "2", OffenceStage.Preparation, ComplicityRole.Organiser, "228 ч.2 (ст.30 ч.1, ст.33 ч.3)")]
    public void A_charge_is_written_with_its_stage_and_role_in_the_codes_words(string article, string part, OffenceStage stage, ComplicityRole role, string expected) =>
        Assert.Equal(expected, ChargeLabels.Label(article, part, stage, role));

    [Fact]
    public void Every_stage_and_role_has_a_label()
    {
        Assert.Equal(Enum.GetValues<OffenceStage>().Where(s => s != OffenceStage.Unspecified), ChargeLabels.Stages.Keys.Order());
        Assert.Equal(Enum.GetValues<ComplicityRole>().Where(r => r != ComplicityRole.Unspecified), ChargeLabels.Roles.Keys.Order());
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\r", "\"cr\r\"")]
    [InlineData("=HYPERLINK(1)", "'=HYPERLINK(1)")]
    [InlineData("-1,5", "\"'-1,5\"")]
    [InlineData("", "")]
    public void Fields_are_escaped_for_spreadsheets(string value, string expected) =>
        Assert.Equal(expected, CaseTableCsv.Field(value));

    [Fact]
    public void A_line_has_as_many_fields_as_the_header_and_ends_with_crlf()
    {
        var line = CaseTableCsv.Line(new CaseTableRow { CaseId = "x", CourtName = "Суд, \"первый\"", Charges = "337 ч.5; 332 ч.2.1", TermMonths = 60 });

        Assert.EndsWith("\r\n", line);
        Assert.Equal(CaseTableCsv.Header.Split(',').Length, SplitCsv(line.TrimEnd('\r', '\n')).Count);
        Assert.Contains("\"Суд, \"\"первый\"\"\"", line);
    }

    static List<string> SplitCsv(string line)
    {
        var fields = new List<string> { "" };
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { fields[^1] += '"'; i++; }
            else if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ',' && !quoted) fields.Add("");
            else fields[^1] += line[i];
        }
        return fields;
    }
}

public class PagingTests
{
    [Theory]
    [InlineData("46GV0001-1/2023", 3)]
    [InlineData("id:with:colons", 12)]
    public void A_token_round_trips(string caseId, int ordinal) =>
        Assert.Equal(new PageToken(caseId, ordinal), PageToken.Decode(new PageToken(caseId, ordinal).Encode()));

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("Zm9v")] // "foo": no ordinal
    public void A_foreign_token_is_refused(string token)
    {
        var violations = new List<FieldViolation>();
        CaseTablePaging.Parse(0, token, violations);
        Assert.Equal("page_token", Assert.Single(violations).Field);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 1)]
    [InlineData(1000, 1000)]
    public void Page_sizes_within_bounds_are_kept(int asked, int expected)
    {
        var violations = new List<FieldViolation>();
        Assert.Equal(expected, CaseTablePaging.Parse(asked, "", violations).Size);
        Assert.Empty(violations);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    public void Page_sizes_out_of_bounds_are_refused(int asked)
    {
        var violations = new List<FieldViolation>();
        CaseTablePaging.Parse(asked, "", violations);
        Assert.Equal("page_size", Assert.Single(violations).Field);
    }
}
