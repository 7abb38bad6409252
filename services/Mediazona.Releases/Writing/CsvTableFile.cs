using System.Text;
using Mediazona.Releases.Schema;

namespace Mediazona.Releases.Writing;

/// <summary>
/// A release table as RFC 4180 CSV in UTF-8 without a BOM: a header of the column names, CRLF line ends, a field quoted
/// when it holds a comma, quote or line break (quotes doubled). Values are exactly the data (no spreadsheet guarding:
/// the release is for tools such as DuckDB), in the forms of <see cref="ReleaseValues.Text"/>.
/// </summary>
public static class CsvTableFile
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(ReleaseTable table, TextWriter output)
    {
        output.Write(string.Join(',', table.Spec.Columns.Select(c => c.Name)));
        output.Write("\r\n");
        foreach (var row in table.Rows)
        {
            output.Write(string.Join(',', row.Select(v => Field(ReleaseValues.Text(v)))));
            output.Write("\r\n");
        }
    }

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
