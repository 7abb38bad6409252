using Mediazona.Cli.Output;
using Mediazona.Cli.Statistics;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Tests.Statistics;

/// <summary>Responses → rows: the one mapping that both the table and the CSV print.</summary>
public class SheetTests
{
    static object Value(Sheet sheet, object[] row, string column) => row[sheet.Columns.ToList().FindIndex(c => c.Name == column)];

    static object[] Column(Sheet sheet, string column) => [.. sheet.Rows.Select(r => Value(sheet, r, column))];

    public static TheoryData<string> Commands => ["summary", "monthly", "articles", "sentences", "courts", "transparency", "cases"];

    internal static IReadOnlyList<Sheet> SheetsOf(string command) => command switch
    {
        "summary" => SummarySheets.Of(Responses.Summary()),
        "monthly" => IntakeSheets.Monthly(Responses.Monthly()),
        "articles" => IntakeSheets.Breakdown(Responses.Articles()),
        "sentences" => SentenceSheets.Of(Responses.Sentences()),
        "courts" => CourtSheets.Breakdown(Responses.Courts()),
        "transparency" => CourtSheets.Transparent(Responses.Transparency()),
        _ => CaseSheets.Of(new ListCasesResponse { Rows = { Responses.Row("1-1/2023"), Responses.Row("1-3/2023", 2) } }),
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_row_and_total_has_a_value_of_the_right_type_for_each_column_and_column_names_are_unique(string command)
    {
        foreach (var sheet in SheetsOf(command))
        {
            Assert.Equal(sheet.Columns.Count, sheet.Columns.Select(c => c.Name).Distinct().Count());
            foreach (var row in sheet.Totals is null ? sheet.Rows : [.. sheet.Rows, sheet.Totals])
            {
                Assert.Equal(sheet.Columns.Count, row.Length);
                Assert.All(sheet.Columns.Zip(row), pair => Assert.True(pair.First.Kind switch
                {
                    CellKind.Text => pair.Second is string,
                    CellKind.Flag => pair.Second is bool,
                    CellKind.Share => pair.Second is double,
                    _ => pair.Second is long or int or double,
                }, $"{command}: {pair.First.Name} holds {pair.Second.GetType().Name}"));
            }
        }
    }

    [Fact]
    public void The_summary_is_one_row_of_headline_figures_then_per_category_and_per_article()
    {
        var sheets = SummarySheets.Of(Responses.Summary());

        var figures = sheets[0];
        Assert.True(figures.Transposed);
        Assert.Equal(["2023-04-03", 4L, 5L, 2L, 2L, 2L, 0L, 2L, 1L, 0.5, "1234"], Assert.Single(figures.Rows));
        Assert.Equal(["Awol"], Column(sheets[1], "category"));
        Assert.Equal(["337", "332"], Column(sheets[2], "article"));
        Assert.Equal([2L, 1L], Column(sheets[2], "cases"));
    }

    [Fact]
    public void Monthly_is_a_row_per_month_with_the_record_month_flagged_and_summed_totals()
    {
        var sheet = Assert.Single(IntakeSheets.Monthly(Responses.Monthly()));

        Assert.Equal(["2023-01", "2023-02", "2023-03"], Column(sheet, "month"));
        Assert.Equal([1L, 1L, 2L], Column(sheet, "cases_received"));
        Assert.Equal([0L, 1L, 1L], Column(sheet, "verdicts"));
        Assert.Equal([false, false, true], Column(sheet, "record"));
        Assert.Equal(["Total", 4L, 2L, false], sheet.Totals);
        Assert.Contains("Record month: 2023-03", sheet.Notes);
    }

    [Fact]
    public void Articles_give_the_articles_own_row_then_a_row_per_part()
    {
        var sheet = Assert.Single(IntakeSheets.Breakdown(Responses.Articles()));

        Assert.Equal(["337/all", "337/3.1", "337/5", "332/all", "332/2.1"], sheet.Rows.Select(r => $"{Value(sheet, r, "article")}/{Value(sheet, r, "part")}"));
        Assert.Equal(["Awol", "Awol", "Awol", "Disobedience", "Disobedience"], Column(sheet, "category"));
        Assert.Equal([2L, 1L, 2L, 0L, 2L], Column(sheet, "defendants"));
        // Parts may add up to more than their article: no grand total is made up.
        Assert.Null(sheet.Totals);
    }

    [Fact]
    public void Sentences_have_a_column_per_known_kind_and_the_terms_of_both_kinds_with_their_histograms()
    {
        var sheet = Assert.Single(SentenceSheets.Of(Responses.Sentences()));

        Assert.Equal(["kind_imprisonment", "kind_suspended", "kind_disciplinary_unit", "kind_fine", "kind_compulsory_labour", "kind_other"],
            sheet.Columns.Select(c => c.Name).Where(n => n.StartsWith("kind_", StringComparison.Ordinal)));
        var awol = sheet.Rows[0];
        Assert.Equal((1L, 1L, 0L), ((long)Value(sheet, awol, "kind_imprisonment"), (long)Value(sheet, awol, "kind_suspended"), (long)Value(sheet, awol, "kind_fine")));
        Assert.Equal((84, "97GV0001", "1-3/2023"), (Value(sheet, awol, "real_max_months"), Value(sheet, awol, "real_max_court_code"), Value(sheet, awol, "real_max_case_number")));
        Assert.Equal(30.5, Value(sheet, awol, "suspended_median_months"));
        Assert.Equal("72-84: 0; 84-96: 1", Value(sheet, awol, "real_histogram"));
        Assert.Equal("12-24: 1; 120+: 2", Value(sheet, awol, "suspended_histogram"));
        // An article without known sentences has no term statistics in the response: zeros, not a crash.
        Assert.Equal((0L, 0, ""), (Value(sheet, sheet.Rows[1], "real_terms"), Value(sheet, sheet.Rows[1], "real_max_months"), Value(sheet, sheet.Rows[1], "real_histogram")));
    }

    [Fact]
    public void Courts_total_by_summing_and_the_suspended_share_of_the_total_is_recomputed_not_averaged()
    {
        var sheet = Assert.Single(CourtSheets.Breakdown(Responses.Courts()));

        Assert.Equal(["97GV0001", "97GV0002"], Column(sheet, "court_code"));
        var totals = sheet.Totals!;
        Assert.Equal((1238L, 1305L, 1002L, 992L), ((long)Value(sheet, totals, "cases"), (long)Value(sheet, totals, "defendants"), (long)Value(sheet, totals, "verdict_cases"), (long)Value(sheet, totals, "convicted_defendants")));
        Assert.Equal(6.0 / 8, (double)Value(sheet, totals, "suspended_share"), 9);
        Assert.Equal((120, 60), (Value(sheet, totals, "longest_real_months"), Value(sheet, totals, "longest_suspended_months")));
    }

    [Fact]
    public void Courts_of_an_empty_answer_total_zero()
    {
        var sheet = Assert.Single(CourtSheets.Breakdown(new GetCourtBreakdownResponse { AsOf = "2023-04-03" }));

        Assert.Empty(sheet.Rows);
        Assert.Equal(["Total", "0 courts", 0L, 0L, 0L, 0L, 0L, 0L, 0.0, 0, 0], sheet.Totals);
    }

    [Fact]
    public void Transparency_has_a_column_per_source_and_the_services_totals_as_the_footer()
    {
        var sheet = Assert.Single(CourtSheets.Transparent(Responses.Transparency()));

        Assert.Equal(["source_card", "source_published_act", "source_press_release", "source_lawyer", "source_manual", "source_other"],
            sheet.Columns.Select(c => c.Name).Where(n => n.StartsWith("source_", StringComparison.Ordinal)));
        Assert.Equal([0L, 1L], Column(sheet, "source_card"));
        Assert.Equal([2L, 0L], Column(sheet, "source_press_release"));
        Assert.Equal((3L, 1L, 1.0 / 3), ((long)Value(sheet, sheet.Totals!, "verdict_cases"), (long)Value(sheet, sheet.Totals!, "published_verdict_cases"), (double)Value(sheet, sheet.Totals!, "published_share")));
    }

    [Fact]
    public void The_case_table_has_the_columns_of_the_services_own_csv_in_its_order()
    {
        var sheet = Assert.Single(CaseSheets.Of(new ListCasesResponse { Rows = { Responses.Row("1-3/2023") } }));

        // Mediazona.Statistics Queries/CaseTableCsv.Header: the same file from either road.
        Assert.Equal("case_id,court_code,court_name,case_number,entry_date,decision_date,outcome,has_published_act,defendant,convicted,acquitted,charges,primary_category,punishment_kind,term_months,probation_months,punishment_source,penalty_kind,regime,fine_rubles,withholding_percent,compulsory_hours,additional_fine_rubles,additional_restriction_of_freedom_months,additional_ban_on_posts_months,additional_deprivation_of_rank,name_hidden\r\n",
            CsvWriter.Header(sheet));
        Assert.Equal(["Verdict", "Awol", "Imprisonment", "PressRelease"], new[] { "outcome", "primary_category", "punishment_kind", "punishment_source" }.Select(c => Value(sheet, sheet.Rows[0], c)));
    }
}
