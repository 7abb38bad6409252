using System.Globalization;

namespace Mediazona.Releases.Schema;

/// <summary>Cell values: the one check of a value against its column's type, the one text form (CSV, delta), the key order.</summary>
public static class ReleaseValues
{
    public static void Check(ReleaseTableSpec spec, object?[] row)
    {
        if (row.Length != spec.Columns.Count)
            throw new ArgumentException($"{spec.Name}: a row has {row.Length} values for {spec.Columns.Count} columns");
        for (var i = 0; i < row.Length; i++)
        {
            var column = spec.Columns[i];
            var fits = column.Type switch
            {
                ColumnType.Text => row[i] is string,
                ColumnType.Number => row[i] is int,
                ColumnType.Amount => row[i] is long,
                ColumnType.Boolean => row[i] is bool,
                ColumnType.Date => row[i] is null or DateOnly,
                ColumnType.Timestamp => row[i] is null or DateTimeOffset,
                _ => false,
            };
            if (!fits)
                throw new ArgumentException($"{spec.Name}.{column.Name}: {row[i]?.GetType().Name ?? "null"} is not a {column.Type}");
        }
    }

    /// <summary>The value as text: invariant numbers, true/false, YYYY-MM-DD, RFC 3339 UTC with Z; null as empty.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        int n => n.ToString(CultureInfo.InvariantCulture),
        long n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"no release type holds a {value.GetType().Name}", nameof(value)),
    };

    public static string Key(object?[] row, int[] keys) => string.Join(" / ", keys.Select(k => Text(row[k])));

    /// <summary>Orders rows by their key columns (text ordinally, numbers by value).</summary>
    public static int CompareKeys(object?[] a, object?[] b, int[] keys)
    {
        foreach (var k in keys)
        {
            var order = (a[k], b[k]) switch
            {
                (string x, string y) => string.CompareOrdinal(x, y),
                (int x, int y) => x.CompareTo(y),
                (long x, long y) => x.CompareTo(y),
                _ => string.CompareOrdinal(Text(a[k]), Text(b[k])),
            };
            if (order != 0)
                return order;
        }
        return 0;
    }
}
