using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Mediazona.Cli.Output;

/// <summary>Sheets as Spectre.Console tables: numbers right-aligned and grouped, shares as percentages, totals as a footer.</summary>
internal static class TableWriter
{
    public static void Write(IAnsiConsole console, IEnumerable<Sheet> sheets)
    {
        foreach (var sheet in sheets)
            console.Write(Build(sheet));
    }

    public static Table Build(Sheet sheet) => sheet.Transposed ? Transposed(sheet) : Straight(sheet);

    /// <summary>One row as a line, "Heading value, Heading value" (watch on a pipe).</summary>
    public static string Line(Sheet sheet, object[] row) =>
        string.Join(", ", Shown(sheet).Select(i => $"{sheet.Columns[i].Heading} {Cell(sheet.Columns[i], row[i])}"));

    public static string Cell(Column column, object value) => column.Kind switch
    {
        CellKind.Count => ((IFormattable)value).ToString("N0", CultureInfo.InvariantCulture),
        CellKind.Share => ((IFormattable)value).ToString("0.0%", CultureInfo.InvariantCulture),
        CellKind.Months => ((IFormattable)value).ToString("0.#", CultureInfo.InvariantCulture),
        CellKind.Flag => (bool)value ? column.Mark : "",
        _ => (string)value,
    };

    static Table Straight(Sheet sheet)
    {
        var shown = Shown(sheet);
        var table = Frame(sheet);
        foreach (var i in shown)
        {
            var column = new TableColumn(new Text(sheet.Columns[i].Heading)) { Alignment = Alignment(sheet.Columns[i]) };
            if (sheet.Totals is { } totals)
                column.Footer = new Text(Cell(sheet.Columns[i], totals[i]), new Style(decoration: Decoration.Bold));
            table.AddColumn(column);
        }
        foreach (var row in sheet.Rows)
            table.AddRow(shown.Select(i => (IRenderable)new Text(Cell(sheet.Columns[i], row[i]))));
        return table;
    }

    /// <summary>Columns down the side; each row becomes a column headed by its first value (the date, the article).</summary>
    static Table Transposed(Sheet sheet)
    {
        var table = Frame(sheet);
        var key = sheet.Columns[0];
        table.AddColumn(new TableColumn(new Text(key.Heading)));
        foreach (var row in sheet.Rows)
            table.AddColumn(new TableColumn(new Text(Cell(key, row[0]))) { Alignment = Justify.Right });
        foreach (var i in Shown(sheet).Where(i => i > 0))
            table.AddRow([new Text(sheet.Columns[i].Heading), .. sheet.Rows.Select(row => new Text(Cell(sheet.Columns[i], row[i])))]);
        return table;
    }

    static Table Frame(Sheet sheet)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(sheet.Title)) };
        if (sheet.Notes.Count > 0)
            table.Caption = new TableTitle(Markup.Escape(string.Join("\n", sheet.Notes)));
        return table;
    }

    static List<int> Shown(Sheet sheet) => [.. Enumerable.Range(0, sheet.Columns.Count).Where(i => sheet.Columns[i].InTable)];

    static Justify Alignment(Column column) => column.Kind is CellKind.Text or CellKind.Flag ? Justify.Left : Justify.Right;
}
