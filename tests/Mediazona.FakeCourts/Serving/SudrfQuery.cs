using System.Text;
using System.Web;

namespace Mediazona.FakeCourts.Serving;

/// <summary>
/// A query string as the court sites read it: percent-encoded bytes are windows-1251 (ASP.NET Core would decode
/// them as UTF-8 and garble «ч.5»), and field names are case-insensitive.
/// </summary>
public sealed class SudrfQuery
{
    public static readonly Encoding Windows1251 = CodePages();

    readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    readonly List<(string Name, string Value)> _pairs = [];

    static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    }

    public SudrfQuery(string? rawQuery)
    {
        foreach (var pair in (rawQuery ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? "" : HttpUtility.UrlDecode(pair[(equals + 1)..], Windows1251);
            name = HttpUtility.UrlDecode(name, Windows1251);
            _values.TryAdd(name, value);
            _pairs.Add((name, value));
        }
    }

    /// <summary>Every parameter in the order sent, decoded.</summary>
    public IReadOnlyList<(string Name, string Value)> Pairs => _pairs;

    public string this[string name] => _values.GetValueOrDefault(name, "");

    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>dd.mm.yyyy, or null when absent or not a date.</summary>
    public DateOnly? Date(string name) =>
        DateOnly.TryParseExact(this[name], "dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : null;

    public int Page(string name) => int.TryParse(this[name], out var page) && page > 0 ? page : 1;
}
