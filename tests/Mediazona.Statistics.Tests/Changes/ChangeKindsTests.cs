using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Changes;

namespace Mediazona.Statistics.Tests.Changes;

public class ChangeKindsTests
{
    static CountedRevision Counted(int revision, short? outcome = 1, bool? act = false, int rules = 2) => new(revision, rules, outcome, act);

    [Fact]
    public void A_case_first_counted_is_new_and_one_no_longer_counted_is_removed()
    {
        Assert.Equal([CaseChangeKind.NewCase], ChangeKinds.Of(null, Counted(1)));
        Assert.Equal([CaseChangeKind.Removed], ChangeKinds.Of(Counted(1), null));
    }

    [Fact]
    public void A_revision_that_brings_a_verdict_with_its_act_is_revised_outcome_changed_and_act_published()
    {
        Assert.Equal([CaseChangeKind.Revised, CaseChangeKind.OutcomeChanged, CaseChangeKind.ActPublished],
            ChangeKinds.Of(Counted(1), Counted(2, outcome: 2, act: true)));
        Assert.Equal([CaseChangeKind.Revised], ChangeKinds.Of(Counted(1), Counted(2)));
    }

    [Fact]
    public void A_new_rules_version_is_a_reclassification_and_an_unknown_old_outcome_is_no_change()
    {
        Assert.Equal([CaseChangeKind.Reclassified], ChangeKinds.Of(Counted(3), Counted(3, rules: 3)));
        Assert.Equal([CaseChangeKind.Revised], ChangeKinds.Of(Counted(1, outcome: null, act: null), Counted(2, outcome: 2, act: true)));
    }

    [Fact]
    public void Since_a_day_starts_after_the_last_version_before_it_and_bad_input_is_refused()
    {
        var (page, _) = ChangesPage.Parse(new ListChangesRequest { Since = "2026-12-03", CourtCodes = { "46gv0001" } });
        Assert.Equal((1_796_256_000_000_000L - 1, "46GV0001", 1000), (page!.Since, page.CourtCodes.Single(), page.Size));
        var (refused, violations) = ChangesPage.Parse(new ListChangesRequest { Since = "yesterday", PageSize = 20_000, PageToken = "x" });
        Assert.Null(refused);
        Assert.Equal(["since", "page_size", "page_token"], violations.Select(v => v.Field));
    }
}
