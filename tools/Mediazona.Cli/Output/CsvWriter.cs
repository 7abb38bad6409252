using System.Globalization;

namespace Mediazona.Cli.Output;

/// <summary>
/// A sheet as RFC 4180 CSV: a header row of column names, one line per row, comma separated, CRLF, invariant numbers,
/// fields quoted with quotes doubled when needed. Written like the statistics service's own case table CSV, so that
/// `mzctl stats cases --all --format csv` and GET /api/v1/stats/cases.csv give the same bytes.
/// </summary>
internal static class CsvWriter
{
    public static void Write(TextWriter output, Sheet sheet)
    {
        output.Write(Header(sheet));
        foreach (var row in sheet.Rows)
            output.Write(Line(row));
    }

    public static string Header(Sheet sheet) => string.Join(',', sheet.Columns.Select(c => Field(c.Name))) + "\r\n";

    public static string Line(object[] row) => string.Join(',', row.Select(Value)) + "\r\n";

    /// <summary>Quoted when it holds a comma, a quote or a line break (or would be read as a formula by a spreadsheet).</summary>
    public static string Field(string value)
    {
        // A leading =, +, - or @ makes spreadsheets evaluate the cell: a quote-prefixed value stays text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    static string Value(object value) => value switch
    {
        string text => Field(text),
        bool flag => flag ? "true" : "false",
        // Shortest round-trip form for doubles ("0.5"), never the current culture's comma.
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "not a sheet value"),
    };
}
