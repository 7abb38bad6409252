using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Changes;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Receipts;
using Mediazona.Statistics.Tests.Infrastructure;

namespace Mediazona.Statistics.Tests.Changes;

/// <summary>The projection writer keeps case_history: what receipts and the changelog read at any data version.</summary>
public class CaseHistoryTests(StatisticsDatabase db) : IClassFixture<StatisticsDatabase>
{
    static CaseClassification Case(string id, string court, Outcome outcome, string decision, int revision, int rules = 1, ProceedingKind kind = ProceedingKind.Unspecified) =>
        Cards.Case(id, court, "2023-01-10", outcome, decision, Cards.Defendant(1, Cards.Charge("337", "5"))).Revised(revision, rules).Of(kind);

    async Task<long> ApplyAsync(CaseClassification c) => (await db.Writer.ApplyAsync(Cards.Batch(c), CancellationToken.None)).DataVersion!.Value;

    [Fact]
    public async Task A_case_first_counted_then_given_a_verdict_then_reclassified_then_taken_out_is_told_version_by_version()
    {
        var (id, court) = (Guid.NewGuid().ToString("N"), $"{Random.Shared.Next(10, 99)}GV{Random.Shared.Next(10_000):D4}");
        var start = await new DataVersionQuery(db.DataSource).ReadAsync(CancellationToken.None);
        var counted = await ApplyAsync(Case(id, court, Outcome.Pending, "", revision: 1));
        var verdict = await ApplyAsync(Case(id, court, Outcome.Verdict, "2023-03-01", revision: 2));
        var reclassified = await ApplyAsync(Case(id, court, Outcome.Verdict, "2023-03-01", revision: 2, rules: 2));
        var removed = await ApplyAsync(Case(id, court, Outcome.Verdict, "2023-03-01", revision: 3, rules: 2, kind: ProceedingKind.CriminalCassation));

        var changes = await new ChangesQuery(db.DataSource).PageAsync(start, [court], null, 100, CancellationToken.None);
        Assert.Equal(
            [
                (counted, new[] { CaseChangeKind.NewCase }),
                (verdict, [CaseChangeKind.Revised, CaseChangeKind.OutcomeChanged]),
                (reclassified, [CaseChangeKind.Reclassified]),
                (removed, [CaseChangeKind.Removed]),
            ],
            changes.Cases.Select(c => (c.Version, c.Kinds.ToArray())));

        // A receipt's set at each version: the revision then counted, nothing once the case is out.
        var filter = SummaryRequestParser.Parse(new GetSummaryRequest { AsOf = "2023-06-01", CourtCodes = { court } }, new DateOnly(2026, 12, 3)).Filter!;
        var receipts = new ReceiptQuery(db.DataSource);
        Assert.Empty(await receipts.CasesAsync(filter, start, CancellationToken.None));
        Assert.Equal((1, 1), (await receipts.CasesAsync(filter, counted, CancellationToken.None)).Select(c => (c.Revision, c.RulesVersion)).Single());
        Assert.Equal((2, 2), (await receipts.CasesAsync(filter, reclassified, CancellationToken.None)).Select(c => (c.Revision, c.RulesVersion)).Single());
        Assert.Empty(await receipts.CasesAsync(filter, removed, CancellationToken.None));
    }
}
