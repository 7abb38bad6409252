using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Queries;

namespace Mediazona.Statistics.Receipts;

/// <summary>
/// A receipt id: the question (query and normalised filter) and the data version it was answered at, written out so
/// that the receipt can be resolved without storing anything (case_history holds what was counted at every version).
/// "r1." and base64url of "query|version|as_of|courts|article|part|category|entry_from|entry_to|all_cases|stage". Pure.
/// </summary>
public static class ReceiptToken
{
    const string Prefix = "r1.";

    public static string Encode(string query, SummaryFilter filter, long version) => Prefix + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|',
        query,
        version.ToString(CultureInfo.InvariantCulture),
        Iso(filter.AsOf),
        string.Join(',', filter.CourtCodes),
        filter.Article ?? "",
        filter.Part ?? "",
        filter.Category is { } c ? ((int)c).ToString(CultureInfo.InvariantCulture) : "",
        Iso(filter.EntryFrom),
        Iso(filter.EntryTo),
        filter.AllCases ? "1" : "0",
        filter.Stage is { } s ? ((int)s).ToString(CultureInfo.InvariantCulture) : "")));

    /// <summary>The question a receipt names, as a request to validate again; null when the text is not a receipt id.</summary>
    public static (string Query, long Version, GetSummaryRequest Filter)? Decode(string id)
    {
        if (!id.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id.AsSpan(Prefix.Length))).Split('|');
        }
        catch (FormatException)
        {
            return null;
        }
        if (parts.Length != 11 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !Number(parts[6], out var category) || !Number(parts[10], out var stage))
            return null;
        var request = new GetSummaryRequest
        {
            AsOf = parts[2], Article = parts[4], Part = parts[5], Category = (Category)category, EntryFrom = parts[7], EntryTo = parts[8],
            AllCases = parts[9] == "1", Stage = (OffenceStage)stage,
        };
        request.CourtCodes.AddRange(parts[3].Split(',', StringSplitOptions.RemoveEmptyEntries));
        return (parts[0], version, request);
    }

    static bool Number(string text, out int value)
    {
        value = 0;
        return text.Length == 0 || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
