using Mediazona.Cli.Output;
using Mediazona.Cli.Statistics;
using Mediazona.Cli.Tests.Statistics;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Tests.Output;

/// <summary>Tables as a redirected stdout gets them (Terminal.Plain).</summary>
public class TableWriterTests
{
    static string Render(IReadOnlyList<Sheet> sheets)
    {
        var text = new StringWriter();
        TableWriter.Write(Terminal.Plain(text), sheets);
        return text.ToString();
    }

    /// <summary>The table line whose first cell starts with the value.</summary>
    static string LineWith(string text, string value) =>
        text.Split('\n').Single(l => l.StartsWith("│ " + value, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(SheetTests.Commands), MemberType = typeof(SheetTests))]
    public void A_redirected_table_has_no_ansi_codes(string command)
    {
        var text = Render(SheetTests.SheetsOf(command));

        Assert.NotEmpty(text);
        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void Numbers_are_right_aligned_and_grouped_shares_are_percentages_and_totals_are_the_footer()
    {
        var text = Render(CourtSheets.Breakdown(Responses.Courts()));

        var small = LineWith(text, "97GV0001");
        var large = LineWith(text, "97GV0002");
        var total = LineWith(text, "Total");
        // The cases column ends where it ends on every line: right-aligned.
        Assert.Equal(small.IndexOf(" 4 ", StringComparison.Ordinal) + 2, large.IndexOf("1,234", StringComparison.Ordinal) + 5);
        Assert.Equal(large.IndexOf("1,234", StringComparison.Ordinal) + 5, total.IndexOf("1,238", StringComparison.Ordinal) + 5);
        Assert.Contains("50.0%", small, StringComparison.Ordinal);
        Assert.Contains("83.3%", large, StringComparison.Ordinal);
        Assert.Contains("75.0%", total, StringComparison.Ordinal);
        Assert.True(text.IndexOf("97GV0002", StringComparison.Ordinal) < text.IndexOf("Total", StringComparison.Ordinal));
        Assert.Contains("Тестовый гарнизонный военный суд", small, StringComparison.Ordinal);
    }

    [Fact]
    public void The_record_month_is_marked_on_its_own_line_only()
    {
        var text = Render(IntakeSheets.Monthly(Responses.Monthly()));

        Assert.Contains("★ record", LineWith(text, "2023-03"), StringComparison.Ordinal);
        Assert.DoesNotContain("★", LineWith(text, "2023-02"), StringComparison.Ordinal);
        Assert.Contains("Record month: 2023-03", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_is_drawn_with_the_figures_down_the_side()
    {
        var text = Render(SummarySheets.Of(Responses.Summary(cases: 4321)));

        Assert.Contains("2023-04-03", LineWith(text, "As of"), StringComparison.Ordinal);
        Assert.Contains("4,321", LineWith(text, "Cases "), StringComparison.Ordinal);
        Assert.Contains("50.0%", LineWith(text, "Suspended share"), StringComparison.Ordinal);
        Assert.Contains("By article", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Details_kept_out_of_the_table_are_still_in_the_csv()
    {
        var sheets = CaseSheets.Of(new ListCasesResponse { Rows = { Responses.Row("1-3/2023") } });
        var csv = new StringWriter();
        CsvWriter.Write(csv, sheets[0]);

        var text = Render(sheets);

        Assert.DoesNotContain("c-1-3/2023", text, StringComparison.Ordinal);
        Assert.Contains("c-1-3/2023", csv.ToString(), StringComparison.Ordinal);
        Assert.Contains("337 ч.3.1; 337 ч.5", LineWith(text, "97GV0001"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_as_a_line_names_each_figure()
    {
        var sheet = SummarySheets.Figures(Responses.Summary());

        Assert.StartsWith("As of 2023-04-03, Cases 4, Defendants 5, Verdict cases 2,", TableWriter.Line(sheet, sheet.Rows[0]), StringComparison.Ordinal);
        Assert.EndsWith("Suspended share 50.0%, Data version 1234", TableWriter.Line(sheet, sheet.Rows[0]), StringComparison.Ordinal);
    }
}
