namespace Mediazona.Releases.Schema;

/// <summary>A release table: its file name, what one row is, the columns that identify a row, and every column in file order.</summary>
public sealed record ReleaseTableSpec(string Name, string Row, IReadOnlyList<string> Key, IReadOnlyList<ReleaseColumn> Columns)
{
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
                return i;
        }
        throw new ArgumentException($"{Name} has no column {column}", nameof(column));
    }

    /// <summary>The positions of the key columns, in key order.</summary>
    public int[] KeyIndexes() => [.. Key.Select(IndexOf)];
}
