using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Statistics.Changes;

/// <summary>What one counted revision of a case said: the (revision, rules version) counted and its decision.</summary>
public sealed record CountedRevision(int Revision, int RulesVersion, short? Outcome, bool? HasPublishedAct);

/// <summary>What a data version changed of a case, from what it counted before (null: nothing) and after (null: nothing). Pure.</summary>
public static class ChangeKinds
{
    public static IReadOnlyList<CaseChangeKind> Of(CountedRevision? before, CountedRevision? after)
    {
        if (before is null)
            return after is null ? [] : [CaseChangeKind.NewCase];
        if (after is null)
            return [CaseChangeKind.Removed];
        var kinds = new List<CaseChangeKind>();
        if (before.Revision != after.Revision)
            kinds.Add(CaseChangeKind.Revised);
        // Unknown (null: counted before the outcomes were kept) is not a change.
        if (before.Outcome is { } was && after.Outcome is { } @is && was != @is)
            kinds.Add(CaseChangeKind.OutcomeChanged);
        if (before.HasPublishedAct == false && after.HasPublishedAct == true)
            kinds.Add(CaseChangeKind.ActPublished);
        if (before.RulesVersion != after.RulesVersion)
            kinds.Add(CaseChangeKind.Reclassified);
        return kinds;
    }
}
