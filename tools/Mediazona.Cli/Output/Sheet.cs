namespace Mediazona.Cli.Output;

/// <summary>What a column holds, which decides how a table shows it; CSV writes every kind raw (invariant culture).</summary>
internal enum CellKind
{
    Text,
    /// <summary>A whole number (long or int): right-aligned, digits grouped.</summary>
    Count,
    /// <summary>A fraction 0–1 (double): a percentage in tables, the fraction in CSV.</summary>
    Share,
    /// <summary>Months (double or int): right-aligned, one decimal at most.</summary>
    Months,
    /// <summary>A bool: the column's mark when true, blank when false; true/false in CSV.</summary>
    Flag,
}

/// <summary>A column: its CSV name (snake_case), its table heading and the kind of its values.</summary>
internal sealed record Column(string Name, string Heading, CellKind Kind = CellKind.Count)
{
    /// <summary>Shown in tables as well (a few wide details stay in CSV and JSON).</summary>
    public bool InTable { get; init; } = true;
    /// <summary>What a table shows for true in a Flag column.</summary>
    public string Mark { get; init; } = "✓";
}

/// <summary>
/// One flat table made from a response, printed by both the table and the CSV writer, so the two cannot disagree.
/// Each row holds one value per column: string, long, int, double or bool, as the column's kind says.
/// </summary>
internal sealed record Sheet(string Title, IReadOnlyList<Column> Columns, IReadOnlyList<object[]> Rows)
{
    /// <summary>A totals row, shown as the table's footer (CSV holds the items only; totals are a sum away).</summary>
    public object[]? Totals { get; init; }
    /// <summary>Drawn with the columns down the side and a column per row (one record, or a few very wide rows).</summary>
    public bool Transposed { get; init; }
    /// <summary>Lines under the table (data version, record month).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
