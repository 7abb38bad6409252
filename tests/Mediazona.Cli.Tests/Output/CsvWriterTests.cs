using System.Globalization;
using Mediazona.Cli.Output;
using Mediazona.Cli.Statistics;
using Mediazona.Cli.Tests.Statistics;

namespace Mediazona.Cli.Tests.Output;

public class CsvWriterTests
{
    static readonly Sheet Mixed = new("mixed",
        [new("name", "Name", CellKind.Text), new("count", "Count"), new("share", "Share", CellKind.Share), new("months", "Months", CellKind.Months), new("flag", "Flag", CellKind.Flag)],
        [["plain", 1234567L, 0.5, 12.5, true], ["other", 0, 1.0 / 3, 84, false]])
    {
        Totals = ["Total", 1234567L, 0.5, 0.0, false],
    };

    static string Csv(Sheet sheet)
    {
        var text = new StringWriter();
        CsvWriter.Write(text, sheet);
        return text.ToString();
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("337 ч.3.1; 337 ч.5", "337 ч.3.1; 337 ч.5")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("", "")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+7", "'+7")]
    [InlineData("-1,2", "\"'-1,2\"")]
    [InlineData("@x", "'@x")]
    public void Fields_are_quoted_as_RFC_4180_says_and_formulas_stay_text(string value, string field) =>
        Assert.Equal(field, CsvWriter.Field(value));

    [Fact]
    public void A_sheet_is_a_header_row_of_names_then_a_crlf_line_per_row_without_the_totals()
    {
        Assert.Equal("name,count,share,months,flag\r\nplain,1234567,0.5,12.5,true\r\nother,0,0.3333333333333333,84,false\r\n", Csv(Mixed));
    }

    [Fact]
    public void Numbers_are_written_in_the_invariant_culture_whatever_the_users_culture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ru-RU");
        try
        {
            Assert.Equal("plain,1234567,0.5,12.5,true\r\n", CsvWriter.Line(Mixed.Rows[0]));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void A_value_with_a_comma_in_a_real_sheet_is_quoted_and_the_row_keeps_its_column_count()
    {
        var sheet = Assert.Single(SentenceSheets.Of(Responses.Sentences()));

        var lines = Csv(sheet).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains(",\"Тестовый, гарнизонный\",", lines[1], StringComparison.Ordinal);
        // One comma fewer per line than columns, once the quoted comma is left out.
        Assert.Equal(sheet.Columns.Count - 1, lines[1].Replace("\"Тестовый, гарнизонный\"", "", StringComparison.Ordinal).Count(c => c == ','));
        Assert.Equal(sheet.Columns.Count - 1, lines[0].Count(c => c == ','));
    }
}
