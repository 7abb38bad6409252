using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests.Releases;

/// <summary>Receipts: every answer's receipt_id, GET /api/v1/receipts/{id}, and `mzctl verify` after a late case and a revision.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ReceiptEndToEndTests(SuiteFixture suite, ITestOutputHelper output) : IDisposable
{
    const string AsOf = "2023-06-01";
    readonly JsonApi _api = new(suite.GatewayHttp);

    async Task<GetSummaryResponse> SummaryOnceAsync(string court, long cases, long verdicts) =>
        await Eventually.Until(() => _api.GetAsync<GetSummaryResponse>($"/api/v1/stats/summary?asOf={AsOf}&courtCodes={court}"),
            s => s.Cases == cases && s.VerdictCases == verdicts, suite);

    async Task<Mzctl.Run> VerifyAsync(string receipt)
    {
        var run = await Mzctl.RunAsync(suite, "verify", receipt);
        output.WriteLine($"mzctl verify → {run.Exit}\n{run.Out}{run.Error}");
        return run;
    }

    [Fact]
    public async Task A_receipt_taken_before_a_late_case_arrives_verifies_as_one_case_added_afterwards()
    {
        var court = NewCourtCode();
        await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", new SubmitCasesRequest
        {
            Cases =
            {
                Case(court, "1-30/2023", "2023-02-01", Defendant(1, "ст.337 ч.5 УК РФ")),
                Case(court, "1-31/2023", "2023-02-05", Defendant(1, "ст.338 ч.3 УК РФ")),
            },
        });
        var before = await SummaryOnceAsync(court, 2, 0);
        var monthly = await _api.GetAsync<GetMonthlyIntakeResponse>($"/api/v1/stats/monthly?asOf={AsOf}&courtCodes={court}");

        // Every answer carries a receipt of its own question.
        Assert.StartsWith("r1.", before.ReceiptId, StringComparison.Ordinal);
        Assert.NotEqual(before.ReceiptId, monthly.ReceiptId);
        var receipt = await _api.GetAsync<GetReceiptResponse>($"/api/v1/receipts/{before.ReceiptId}");
        Assert.Equal(("summary", before.DataVersion, 2), (receipt.Query, receipt.AnsweredVersion, receipt.Cases.Count));
        Assert.All(receipt.Cases, c => Assert.Equal(1, c.Revision));
        Assert.Matches("^[0-9a-f]{64}$", receipt.SetSha256);
        var unchanged = await VerifyAsync(before.ReceiptId);
        Assert.Equal(0, unchanged.Exit);
        Assert.StartsWith("identical", unchanged.Out, StringComparison.Ordinal);

        // A case received in March surfaces late.
        await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", new SubmitCasesRequest
        {
            Cases = { Case(court, "1-40/2023", "2023-03-10", Defendant(1, "ст.337 ч.5 УК РФ")) },
        });
        await SummaryOnceAsync(court, 3, 0);

        var late = await VerifyAsync(before.ReceiptId);
        Assert.Equal(3, late.Exit);
        Assert.StartsWith("changed: 1 case added (", late.Out, StringComparison.Ordinal);
        var added = Assert.Single(late.Out.Split('\n'), l => l.StartsWith("  added", StringComparison.Ordinal));

        // Then 1-30 gets its verdict: a new revision of a case the receipt counted.
        await _api.PostAsync<SubmitCasesResponse>("/api/v1/cases:submit", new SubmitCasesRequest
        {
            Cases = { Case(court, "1-30/2023", "2023-02-01", Defendant(1, "ст.337 ч.5 УК РФ", Imprisonment(24))).Decided("2023-04-20", "Вынесен ПРИГОВОР") },
        });
        var after = await SummaryOnceAsync(court, 3, 1);
        var revised = await _api.GetAsync<VerifyReceiptResponse>($"/api/v1/receipts/{before.ReceiptId}:verify");
        Assert.False(revised.Identical);
        Assert.Equal([ReceiptChangeKind.Added, ReceiptChangeKind.Revised], revised.Changes.Select(c => c.Kind).Order());
        Assert.Equal((1, 2), revised.Changes.Where(c => c.Kind == ReceiptChangeKind.Revised).Select(c => (c.OldRevision, c.NewRevision)).Single());
        Assert.Equal(after.ReceiptId, revised.CurrentReceiptId);
        // The receipt still lists what it counted then; today's receipt lists three cases with the new revision.
        Assert.Equal(receipt.SetSha256, (await _api.GetAsync<GetReceiptResponse>($"/api/v1/receipts/{before.ReceiptId}")).SetSha256);
        Assert.Equal(3, (await _api.GetAsync<GetReceiptResponse>($"/api/v1/receipts/{after.ReceiptId}")).Cases.Count);
        Assert.Contains(added.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], revised.Changes.Select(c => c.CaseId));
    }

    [Fact]
    public async Task Text_that_is_not_a_receipt_is_refused_with_the_field_named()
    {
        using var response = await _api.GetRawAsync("/api/v1/receipts/not-a-receipt");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("receipt_id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _api.Dispose();
}
