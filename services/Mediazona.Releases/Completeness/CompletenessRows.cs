using Mediazona.Releases.Schema;

namespace Mediazona.Releases.Completeness;

/// <summary>The completeness table of a release, computed from its own cases and defendants tables. Pure.</summary>
public static class CompletenessRows
{
    public static ReleaseTable Of(ReleaseTable cases, ReleaseTable defendants)
    {
        var c = cases.Spec;
        var (id, court, number, entry, decision, act) = (c.IndexOf("case_id"), c.IndexOf("court_code"), c.IndexOf("case_number"),
            c.IndexOf("entry_date"), c.IndexOf("decision_date"), c.IndexOf("has_published_act"));
        var (defendantCase, hidden) = (defendants.Spec.IndexOf("case_id"), defendants.Spec.IndexOf("name_hidden"));
        var allHidden = defendants.Rows.GroupBy(d => (string)d[defendantCase]!).ToDictionary(g => g.Key, g => g.All(d => (bool)d[hidden]!));
        var seen = cases.Rows.Select(r => new SeenCase((string)r[court]!, (string)r[number]!, (DateOnly?)r[entry], r[decision] is not null, (bool)r[act]!,
            allHidden.GetValueOrDefault((string)r[id]!)));
        return Table(CompletenessEstimate.Of(seen));
    }

    public static ReleaseTable Table(IEnumerable<CourtMonth> months) => new(ReleaseTables.Completeness, months.Select(m => new object?[]
    {
        m.CourtCode, m.Year, m.Month, m.Seen, m.EstimatedUnseen, m.Decided, m.DecidedWithoutPublishedAct, m.NamesHidden,
    }));
}
