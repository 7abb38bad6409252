namespace Mediazona.Releases.Schema;

/// <summary>One column: its name in every file, its type, what it means, and the figures it feeds (by their names in the statistics).</summary>
public sealed record ReleaseColumn(string Name, ColumnType Type, string Meaning, params string[] Feeds)
{
    /// <summary>Date and timestamp columns may be null (unknown); the others always hold a value.</summary>
    public bool Nullable => Type is ColumnType.Date or ColumnType.Timestamp;
}
