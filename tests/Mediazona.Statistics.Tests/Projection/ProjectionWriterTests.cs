using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Tests.Infrastructure;

namespace Mediazona.Statistics.Tests.Projection;

/// <summary>The writer against a real PostgreSQL database (one per class; each test uses its own case ids).</summary>
public class ProjectionWriterTests(StatisticsDatabase db) : IClassFixture<StatisticsDatabase>
{
    static string NewId() => Guid.NewGuid().ToString("N");

    Task<long> Count(string table, string caseId) =>
        db.ScalarAsync<long>($"select count(*) from {table} where case_id = $1", caseId);

    [Fact]
    public async Task A_batch_applied_twice_counts_once()
    {
        var id = NewId();
        var batch = Cards.Batch(Cards.Case(id, "46GV0001", "2023-01-10", Outcome.Pending, "",
            Cards.Defendant(1, Cards.Charge("337", "5")), Cards.Defendant(2, Cards.Charge("337", "5"), Cards.Charge("336", ""))));

        var first = await db.Writer.ApplyAsync(batch, CancellationToken.None);
        var versionAfterFirst = await db.DataVersionAsync();
        var second = await db.Writer.ApplyAsync(batch, CancellationToken.None);

        Assert.Equal((1, 0), (first.Applied, first.Skipped));
        Assert.Equal((0, 1), (second.Applied, second.Skipped));
        Assert.Null(second.DataVersion);
        Assert.Equal(versionAfterFirst, await db.DataVersionAsync());
        Assert.Equal(1, await Count("cases", id));
        Assert.Equal(2, await Count("defendants", id));
        Assert.Equal(3, await Count("defendant_charges", id));
    }

    [Fact]
    public async Task An_older_revision_after_a_newer_one_does_not_overwrite_it()
    {
        var id = NewId();
        var newer = Cards.Case(id, "46GV0001", "2023-01-10", Outcome.Verdict, "2023-03-01",
            Cards.Defendant(1, Cards.Charge("338", "3")).Convicted(PunishmentKind.Imprisonment, 60)).Revised(2);
        var older = Cards.Case(id, "46GV0001", "2023-01-10", Outcome.Pending, "",
            Cards.Defendant(1, Cards.Charge("337", "5")), Cards.Defendant(2, Cards.Charge("337", "5"))).Revised(1, rulesVersion: 7);

        await db.Writer.ApplyAsync(Cards.Batch(newer), CancellationToken.None);
        var late = await db.Writer.ApplyAsync(Cards.Batch(older), CancellationToken.None);

        Assert.Equal(0, late.Applied);
        Assert.Equal(2, await db.ScalarAsync<int>("select revision from cases where case_id = $1", id));
        Assert.Equal((short)Outcome.Verdict, await db.ScalarAsync<short>("select outcome from cases where case_id = $1", id));
        Assert.Equal(1, await Count("defendants", id));
        Assert.Equal("338", await db.ScalarAsync<string>("select article from defendant_charges where case_id = $1", id));
    }

    [Fact]
    public async Task A_newer_rules_version_of_the_same_revision_replaces_the_case_and_its_rows()
    {
        var id = NewId();
        var v1 = Cards.Case(id, "46GV0001", "2023-01-10", Outcome.Pending, "", Cards.Defendant(1, Cards.Charge("337", "1")));
        var v2 = Cards.Case(id, "46GV0001", "2023-01-10", Outcome.Pending, "",
            Cards.Defendant(1, Cards.Charge("337", "5")), Cards.Defendant(2, Cards.Charge("332", "2.1"))).Revised(1, rulesVersion: 2);

        await db.Writer.ApplyAsync(Cards.Batch(v1), CancellationToken.None);
        var versionBefore = await db.DataVersionAsync();
        var result = await db.Writer.ApplyAsync(Cards.Batch(v2), CancellationToken.None);

        Assert.Equal(1, result.Applied);
        Assert.True(result.DataVersion > versionBefore);
        Assert.Equal(result.DataVersion, await db.DataVersionAsync());
        Assert.Equal(2, await db.ScalarAsync<int>("select rules_version from cases where case_id = $1", id));
        Assert.True(await db.ScalarAsync<bool>("select mobilisation_era from cases where case_id = $1", id));
        Assert.Equal("2.1,5", await db.ScalarAsync<string>("select string_agg(part, ',' order by part) from defendant_charges where case_id = $1", id));
        Assert.Equal(2, await Count("defendants", id));
    }

    [Fact]
    public async Task A_newer_revision_that_drops_a_defendant_removes_its_rows()
    {
        var id = NewId();
        var two = Cards.Case(id, "46GV0001", "2023-01-10", Outcome.Pending, "",
            Cards.Defendant(1, Cards.Charge("337", "5")), Cards.Defendant(2, Cards.Charge("334", "3")));
        var one = Cards.Case(id, "46GV0001", "2023-01-10", Outcome.Pending, "", Cards.Defendant(1, Cards.Charge("337", "5"))).Revised(2);

        await db.Writer.ApplyAsync(Cards.Batch(two), CancellationToken.None);
        await db.Writer.ApplyAsync(Cards.Batch(one), CancellationToken.None);

        Assert.Equal(1, await Count("defendants", id));
        Assert.Equal(1, await Count("defendant_charges", id));
    }

    [Fact]
    public async Task A_mixed_batch_applies_what_is_new_and_moves_the_version_once()
    {
        var known = Cards.Case(NewId(), "46GV0001", "2023-01-10", Outcome.Pending, "", Cards.Defendant(1, Cards.Charge("337", "5")));
        await db.Writer.ApplyAsync(Cards.Batch(known), CancellationToken.None);
        var fresh = Cards.Case(NewId(), "46GV0001", "2023-01-11", Outcome.Pending, "", Cards.Defendant(1, Cards.Charge("337", "5")));
        var broken = Cards.Case(NewId(), "46GV0001", "11.01.2023", Outcome.Pending, "");

        var result = await db.Writer.ApplyAsync(Cards.Batch(known, fresh, broken), CancellationToken.None);

        Assert.Equal((1, 1, 1), (result.Applied, result.Skipped, result.Rejected));
        Assert.Equal(1, await Count("cases", fresh.CaseId));
        Assert.Equal(0, await Count("cases", broken.CaseId));
        Assert.Equal(result.DataVersion, await db.DataVersionAsync());
    }

    [Fact]
    public async Task Concurrent_batches_over_the_same_cases_keep_the_newest()
    {
        var ids = Enumerable.Range(0, 50).Select(_ => NewId()).ToList();
        CaseClassification Revision(string id, int revision) =>
            Cards.Case(id, "46GV0001", "2023-01-10", Outcome.Pending, "",
                Enumerable.Range(1, revision).Select(o => Cards.Defendant(o, Cards.Charge("337", "5"))).ToArray()).Revised(revision);

        await Task.WhenAll(Enumerable.Range(1, 4).Reverse().Select(revision =>
            Task.Run(() => db.Writer.ApplyAsync(Cards.Batch(ids.Select(id => Revision(id, revision))), CancellationToken.None))));

        foreach (var id in ids)
        {
            Assert.Equal(4, await db.ScalarAsync<int>("select revision from cases where case_id = $1", id));
            Assert.Equal(4, await Count("defendants", id));
        }
    }
}
