using System.Collections.Frozen;
using System.Reflection;
using Google.Protobuf.Reflection;

namespace Mediazona.Statistics.Releases;

/// <summary>
/// A proto enum's number as the release writes it: the proto name without the enum's prefix (OUTCOME_VERDICT → VERDICT),
/// the UNSPECIFIED value as empty, a number the contract does not know as itself.
/// </summary>
public static class ProtoNames
{
    public static string Of<T>(int number) where T : struct, Enum =>
        Names<T>.ByNumber.TryGetValue(number, out var name) ? name : number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    static class Names<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<int, string> ByNumber = Build();

        static FrozenDictionary<int, string> Build()
        {
            var values = typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => (Number: Convert.ToInt32(f.GetValue(null), System.Globalization.CultureInfo.InvariantCulture),
                              Name: f.GetCustomAttribute<OriginalNameAttribute>()?.Name ?? f.Name))
                .ToList();
            var unspecified = values.Single(v => v.Number == 0).Name;
            var prefix = unspecified[..^"UNSPECIFIED".Length];
            return values.ToFrozenDictionary(v => v.Number, v => v.Number == 0 ? "" : v.Name.StartsWith(prefix, StringComparison.Ordinal) ? v.Name[prefix.Length..] : v.Name);
        }
    }
}
