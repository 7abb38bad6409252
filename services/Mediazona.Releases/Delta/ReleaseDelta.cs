using Mediazona.Releases.Schema;

namespace Mediazona.Releases.Delta;

/// <summary>One value that differs between two releases: the row's key, the column, the old and the new value (as text).</summary>
public sealed record ChangedValue(string Key, string Column, string Old, string New);

/// <summary>What one table gained, lost and changed between two releases (rows matched by key).</summary>
public sealed record TableDelta(ReleaseTableSpec Spec, IReadOnlyList<object?[]> Added, IReadOnlyList<object?[]> Removed, IReadOnlyList<ChangedValue> Changed)
{
    public int ChangedRows => Changed.Select(c => c.Key).Distinct().Count();
}

/// <summary>Compares a release with an earlier one, table by table. Pure.</summary>
public static class ReleaseDelta
{
    public static IReadOnlyList<TableDelta> Between(Release previous, Release current) =>
        [.. current.Tables.Select(table => Of(previous.Table(table.Spec.Name), table))];

    public static TableDelta Of(ReleaseTable previous, ReleaseTable current)
    {
        var spec = current.Spec;
        var keys = spec.KeyIndexes();
        var before = previous.Rows.ToDictionary(r => ReleaseValues.Key(r, keys));
        var now = current.Rows.ToDictionary(r => ReleaseValues.Key(r, keys));
        var changed = new List<ChangedValue>();
        foreach (var (key, row) in now)
        {
            if (!before.TryGetValue(key, out var old))
                continue;
            for (var c = 0; c < spec.Columns.Count; c++)
            {
                var (was, @is) = (ReleaseValues.Text(old[c]), ReleaseValues.Text(row[c]));
                if (was != @is)
                    changed.Add(new ChangedValue(key, spec.Columns[c].Name, was, @is));
            }
        }
        return new TableDelta(spec,
            [.. current.Rows.Where(r => !before.ContainsKey(ReleaseValues.Key(r, keys)))],
            [.. previous.Rows.Where(r => !now.ContainsKey(ReleaseValues.Key(r, keys)))],
            changed);
    }
}
