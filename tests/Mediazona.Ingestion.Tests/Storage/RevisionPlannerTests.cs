using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Intake;
using Mediazona.Ingestion.Storage;

namespace Mediazona.Ingestion.Tests.Storage;

public class RevisionPlannerTests
{
    /// <summary>A case whose content is the label: equal labels, equal content hashes.</summary>
    static PreparedCase Case(int index, string id, string content) => new(index, id, new CourtCase { Judge = content });

    static string Hash(string content) => Case(0, "any", content).ContentHash;

    static readonly Dictionary<string, CurrentState> Nothing = [];

    [Fact]
    public void Unknown_case_is_new_at_revision_1()
    {
        var plan = RevisionPlanner.Plan([Case(0, "a", "h1")], Nothing);
        Assert.Equal((RecordKind.New, 1), (plan[0].Kind, plan[0].Revision));
    }

    [Fact]
    public void Placeholder_row_counts_as_new() =>
        Assert.Equal(RecordKind.New, RevisionPlanner.Plan([Case(0, "a", "h1")], new Dictionary<string, CurrentState> { ["a"] = new(0, "") })[0].Kind);

    [Fact]
    public void Same_hash_is_unchanged_at_the_stored_revision()
    {
        var plan = RevisionPlanner.Plan([Case(0, "a", "h1")], new Dictionary<string, CurrentState> { ["a"] = new(3, Hash("h1")) });
        Assert.Equal((RecordKind.Unchanged, 3), (plan[0].Kind, plan[0].Revision));
    }

    [Fact]
    public void Different_hash_is_the_next_revision()
    {
        var plan = RevisionPlanner.Plan([Case(0, "a", "h2")], new Dictionary<string, CurrentState> { ["a"] = new(3, Hash("h1")) });
        Assert.Equal((RecordKind.Revision, 4), (plan[0].Kind, plan[0].Revision));
    }

    [Fact]
    public void A_case_repeated_in_a_batch_is_compared_with_its_earlier_record()
    {
        var plan = RevisionPlanner.Plan([Case(0, "a", "h1"), Case(1, "a", "h1"), Case(2, "a", "h2"), Case(3, "b", "h1"), Case(4, "a", "h1")], Nothing);
        Assert.Equal(
            [(RecordKind.New, 1), (RecordKind.Unchanged, 1), (RecordKind.Revision, 2), (RecordKind.New, 1), (RecordKind.Revision, 3)],
            plan.Select(p => (p.Kind, p.Revision)));
    }
}
