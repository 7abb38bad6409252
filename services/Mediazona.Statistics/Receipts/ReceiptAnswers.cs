using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Queries;

namespace Mediazona.Statistics.Receipts;

/// <summary>A receipt resolved (the cases it counted) and verified (the same question on today's data), from a decoded receipt id.</summary>
public static class ReceiptAnswers
{
    public static async Task<GetReceiptResponse> GetAsync(ReceiptQuery receipts, string id, string query, SummaryFilter filter, GetSummaryRequest request,
        long version, long today, CancellationToken ct)
    {
        var cases = await receipts.CasesAsync(filter, version, ct);
        var response = new GetReceiptResponse
        {
            ReceiptId = id, Query = query, Filter = request, AnsweredVersion = version, DataVersion = today, SetSha256 = ReceiptDiff.SetSha256(cases),
            RulesVersion = cases.Count == 0 ? 0 : cases.Max(c => c.RulesVersion),
        };
        response.Cases.AddRange(cases);
        return response;
    }

    public static async Task<VerifyReceiptResponse> VerifyAsync(ReceiptQuery receipts, string id, string query, SummaryFilter filter, long version,
        long today, CancellationToken ct)
    {
        var changes = ReceiptDiff.Between(await receipts.CasesAsync(filter, version, ct), await receipts.CasesAsync(filter, today, ct));
        var response = new VerifyReceiptResponse
        {
            ReceiptId = id, Identical = changes.Count == 0, CurrentReceiptId = ReceiptToken.Encode(query, filter, today), DataVersion = today,
        };
        response.Changes.AddRange(changes);
        return response;
    }
}
