using System.Globalization;
using System.Text;

namespace Mediazona.Statistics.Projection;

/// <summary>PostgreSQL array literals, for array columns written through unnest (which cannot carry arrays of arrays).</summary>
public static class ArrayLiteral
{
    public static string Ints(IEnumerable<int> values) => "{" + string.Join(',', values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "}";

    /// <summary>Every element quoted, quotes and backslashes escaped: any text survives.</summary>
    public static string Texts(IEnumerable<string> values)
    {
        var text = new StringBuilder("{");
        foreach (var value in values)
        {
            if (text.Length > 1)
                text.Append(',');
            text.Append('"').Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }
        return text.Append('}').ToString();
    }
}
