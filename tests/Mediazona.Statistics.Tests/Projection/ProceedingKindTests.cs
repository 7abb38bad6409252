using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Projection;
using Mediazona.Statistics.Tests.Infrastructure;

namespace Mediazona.Statistics.Tests.Projection;

/// <summary>Only first-instance criminal cases are counted: other proceedings stay out of the projection, whatever the order.</summary>
public class ProceedingKindTests(StatisticsDatabase db) : IClassFixture<StatisticsDatabase>
{
    static string NewId() => Guid.NewGuid().ToString("N");

    static CaseClassification Case(string id, ProceedingKind kind, int revision = 1) =>
        Cards.Case(id, "46GV0001", "2023-01-10", Outcome.Verdict, "2023-03-01",
            Cards.Defendant(1, Cards.Charge("337", "5")).Convicted(PunishmentKind.Suspended, 60)).Revised(revision).Of(kind);

    Task<long> Count(string table, string caseId) => db.ScalarAsync<long>($"select count(*) from {table} where case_id = $1", caseId);

    async Task<(long Cases, long Defendants, long Charges)> Rows(string id) => (await Count("cases", id), await Count("defendants", id), await Count("defendant_charges", id));

    [Theory]
    [InlineData(ProceedingKind.Unspecified, true)]
    [InlineData(ProceedingKind.CriminalFirstInstance, true)]
    [InlineData(ProceedingKind.CriminalAppeal, false)]
    [InlineData(ProceedingKind.CriminalCassation, false)]
    [InlineData(ProceedingKind.AdministrativeOffence, false)]
    [InlineData(ProceedingKind.Civil, false)]
    [InlineData(ProceedingKind.Materials, false)]
    [InlineData(ProceedingKind.Other, false)]
    public void Which_kinds_are_counted(ProceedingKind kind, bool counted) => Assert.Equal(counted, ProjectionMapper.IsCounted(kind));

    [Fact]
    public async Task A_cassation_and_a_koap_case_are_not_counted_beside_a_first_instance_case()
    {
        var (criminal, cassation, koap) = (NewId(), NewId(), NewId());
        var result = await db.Writer.ApplyAsync(Cards.Batch(Case(criminal, ProceedingKind.CriminalFirstInstance),
            Case(cassation, ProceedingKind.CriminalCassation), Case(koap, ProceedingKind.AdministrativeOffence)), CancellationToken.None);

        Assert.Equal((1, 2), (result.Applied, result.Uncounted));
        Assert.Equal((1, 1, 1), await Rows(criminal));
        Assert.Equal((0, 0, 0), await Rows(cassation));
        Assert.Equal((0, 0, 0), await Rows(koap));
        Assert.Equal((short)ProceedingKind.CriminalCassation, await db.ScalarAsync<short>("select proceeding_kind from uncounted_cases where case_id = $1", cassation));
    }

    [Fact]
    public async Task A_counted_case_whose_newer_revision_is_another_proceeding_leaves_the_figures_and_a_late_old_revision_cannot_bring_it_back()
    {
        var id = NewId();
        await db.Writer.ApplyAsync(Cards.Batch(Case(id, ProceedingKind.Unspecified)), CancellationToken.None);
        var before = await db.DataVersionAsync();
        Assert.Equal((1, 1, 1), await Rows(id));

        var reread = await db.Writer.ApplyAsync(Cards.Batch(Case(id, ProceedingKind.CriminalCassation, revision: 2)), CancellationToken.None);
        Assert.Equal((0, 0, 0), await Rows(id));
        Assert.True(reread.DataVersion > before, "removing a counted case moves the data version (caches are keyed on it)");

        var late = await db.Writer.ApplyAsync(Cards.Batch(Case(id, ProceedingKind.Unspecified)), CancellationToken.None);
        Assert.Equal(0, late.Applied);
        Assert.Equal((0, 0, 0), await Rows(id));
    }

    [Fact]
    public async Task A_newer_first_instance_revision_is_counted_again()
    {
        var id = NewId();
        await db.Writer.ApplyAsync(Cards.Batch(Case(id, ProceedingKind.Other)), CancellationToken.None);
        var back = await db.Writer.ApplyAsync(Cards.Batch(Case(id, ProceedingKind.CriminalFirstInstance, revision: 2)), CancellationToken.None);

        Assert.Equal(1, back.Applied);
        Assert.Equal((1, 1, 1), await Rows(id));
        Assert.Equal(0, await Count("uncounted_cases", id));
    }
}
