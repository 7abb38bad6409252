using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Receipts;

namespace Mediazona.Statistics.Tests.Receipts;

public class ReceiptTests
{
    static readonly DateOnly Today = new(2026, 12, 3);

    static SummaryFilter Filter(GetSummaryRequest request) => SummaryRequestParser.Parse(request, Today).Filter!;

    [Fact]
    public void A_receipt_id_names_the_query_the_normalised_filter_and_the_data_version()
    {
        var filter = Filter(new GetSummaryRequest
        {
            AsOf = "2023-04-03", CourtCodes = { "77gv0020", "46GV0001" }, Article = "338", Part = "1", Stage = OffenceStage.Attempt,
            EntryFrom = "2022-10-01", AllCases = true,
        });

        var id = ReceiptToken.Encode("articles", filter, 1796278817008622);
        var (query, version, request) = ReceiptToken.Decode(id)!.Value;

        Assert.Equal(("articles", 1796278817008622L), (query, version));
        Assert.Equal(filter.Canonical(), Filter(request).Canonical());
        Assert.Matches("^r1\\.[A-Za-z0-9_-]+$", id);
        Assert.NotEqual(id, ReceiptToken.Encode("articles", filter, 1796278817008623));
    }

    [Theory]
    [InlineData("")]
    [InlineData("r2.YQ")]
    [InlineData("r1.!!!")]
    [InlineData("r1.c3VtbWFyeXwxMg")] // "summary|12": too few fields
    public void Text_that_is_not_a_receipt_id_decodes_to_nothing(string id) => Assert.Null(ReceiptToken.Decode(id));

    static ReceiptCase Case(string id, int revision, int rules = 2) => new() { CaseId = id, Revision = revision, RulesVersion = rules, SourceUrl = $"https://court/{id}/{revision}" };

    [Fact]
    public void Verifying_tells_each_case_added_removed_revised_or_reclassified_and_nothing_of_the_others()
    {
        var changes = ReceiptDiff.Between(
            [Case("a", 1), Case("b", 1), Case("c", 1), Case("d", 3)],
            [Case("a", 1), Case("b", 2), Case("d", 3, rules: 3), Case("e", 1)]);

        Assert.Equal(
            [("b", ReceiptChangeKind.Revised, 1, 2), ("c", ReceiptChangeKind.Removed, 1, 0), ("d", ReceiptChangeKind.Reclassified, 3, 3), ("e", ReceiptChangeKind.Added, 0, 1)],
            changes.Select(c => (c.CaseId, c.Kind, c.OldRevision, c.NewRevision)));
        Assert.Equal(("https://court/c/1", 3), (changes[1].SourceUrl, changes[2].NewRulesVersion));
        Assert.Empty(ReceiptDiff.Between([Case("a", 1)], [Case("a", 1)]));
    }

    [Fact]
    public void The_set_hash_depends_on_the_cases_and_their_revisions_not_on_their_order()
    {
        Assert.Equal(ReceiptDiff.SetSha256([Case("a", 1), Case("b", 2)]), ReceiptDiff.SetSha256([Case("b", 2), Case("a", 1)]));
        Assert.NotEqual(ReceiptDiff.SetSha256([Case("a", 1), Case("b", 2)]), ReceiptDiff.SetSha256([Case("a", 1), Case("b", 3)]));
        Assert.NotEqual(ReceiptDiff.SetSha256([Case("a", 1)]), ReceiptDiff.SetSha256([Case("a", 1, rules: 3)]));
    }
}
