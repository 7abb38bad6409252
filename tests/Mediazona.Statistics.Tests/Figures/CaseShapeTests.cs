using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Figures;
using Mediazona.Statistics.Projection;
using Mediazona.Statistics.Tests.Infrastructure;

namespace Mediazona.Statistics.Tests.Figures;

/// <summary>The per-case figure vector as ProjectionMapper computes it: one table row per figure.</summary>
public class CaseShapeTests
{
    static CaseVector VectorOf(params DefendantClassification[] defendants) =>
        Assert.Single(ProjectionMapper.Map(Cards.Batch(Cards.Case("c1", "46GV0001", "2023-01-10", Outcome.Verdict, "2023-03-01", defendants))).Vectors);

    static DefendantClassification Awol(int ordinal) => Cards.Defendant(ordinal, Cards.Charge("337", "5"));

    public static TheoryData<string, DefendantClassification[], People> PeopleTable => new()
    {
        { "one defendant, nothing known", [Awol(1)], new People(1, 0, 0, 0, 0) },
        { "convicted, sentence unknown", [Awol(1).Convicted()], new People(1, 1, 0, 0, 0) },
        { "real term", [Awol(1).Convicted(PunishmentKind.Imprisonment, 30)], new People(1, 1, 0, 1, 0) },
        { "suspended term", [Awol(1).Convicted(PunishmentKind.Suspended, 24)], new People(1, 1, 0, 1, 1) },
        { "a fine is known, not suspended", [Awol(1).Convicted(PunishmentKind.Fine)], new People(1, 1, 0, 1, 0) },
        { "acquitted", [Awol(1).Acquitted()], new People(1, 0, 1, 0, 0) },
        { "three of a group", [Awol(1).Convicted(PunishmentKind.Suspended, 12), Awol(2).Acquitted(), Awol(3)], new People(3, 1, 1, 1, 1) },
    };

    [Theory, MemberData(nameof(PeopleTable))]
    public void The_people_figures_of_a_case(string because, DefendantClassification[] defendants, People expected) =>
        Assert.True(expected == VectorOf(defendants).Shape.People, because);

    [Fact]
    public void The_longest_real_and_suspended_terms_are_those_of_convicted_defendants()
    {
        var vector = VectorOf(Awol(1).Convicted(PunishmentKind.Imprisonment, 30), Awol(2).Convicted(PunishmentKind.Imprisonment, 54),
            Awol(3).Convicted(PunishmentKind.Suspended, 24), Awol(4));

        Assert.Equal((54, 24), (vector.LongestRealMonths, vector.LongestSuspendedMonths));
    }

    [Fact]
    public void Known_sentences_are_counted_by_their_source()
    {
        var vector = VectorOf(Awol(1).Convicted(PunishmentKind.Imprisonment, 30), Awol(2).Convicted(PunishmentKind.Fine), Awol(3).Convicted(), Awol(4).Acquitted());

        Assert.Equal([new SourceKnown((short)FactSource.PublishedAct, 2)], vector.Shape.Sources);
    }

    [Fact]
    public void Each_category_article_and_part_counts_the_defendants_charged_so_once()
    {
        var vector = VectorOf(
            Cards.Defendant(1, Cards.Charge("337", "5", "а"), Cards.Charge("337", "5", "б"), Cards.Charge("337", "3.1")).Convicted(PunishmentKind.Suspended, 12),
            Cards.Defendant(2, Cards.Charge("337", "3.1"), Cards.Charge("334", "3")).Acquitted());

        Assert.Equal(
            [
                new ChargedPeople("", "", (short)Category.ViolenceAgainstSuperior, new People(1, 0, 1, 0, 0)),
                new ChargedPeople("", "", (short)Category.Awol, new People(2, 1, 1, 1, 1)),
            ], vector.Shape.Categories);
        Assert.Equal(
            [
                new ChargedPeople("334", "", (short)Category.ViolenceAgainstSuperior, new People(1, 0, 1, 0, 0)),
                new ChargedPeople("337", "", (short)Category.Awol, new People(2, 1, 1, 1, 1)),
            ], vector.Shape.Articles);
        Assert.Equal(
            [
                new ChargedPeople("334", "3", (short)Category.ViolenceAgainstSuperior, new People(1, 0, 1, 0, 0)),
                new ChargedPeople("337", "3.1", (short)Category.Awol, new People(2, 1, 1, 1, 1)),
                new ChargedPeople("337", "5", (short)Category.Awol, new People(1, 1, 0, 1, 1)),
            ], vector.Shape.Parts);
    }

    [Fact]
    public void The_charge_keys_name_every_article_part_and_category_and_their_pairs()
    {
        var keys = VectorOf(Awol(1)).Shape.ChargeKeys();

        Assert.Equal(["337", "337#c5", "337|5", "337|5#c5", "c5"], keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_charge_at_a_stage_of_article_30_adds_its_staged_keys_and_people_and_no_other_shape_changes()
    {
        var attempt = Cards.Charge("338", "3");
        attempt.Stage = OffenceStage.Attempt;
        var shape = VectorOf(Cards.Defendant(1, attempt).Convicted(PunishmentKind.Suspended, 12), Cards.Defendant(2, Cards.Charge("338", "3"))).Shape;

        Assert.Equal(["338", "338#c6", "338@2", "338|3", "338|3#c6", "338|3@2", "c6"], shape.ChargeKeys().Order(StringComparer.Ordinal));
        Assert.Equal(
            [new StagedPeople("338", "", (short)OffenceStage.Attempt, new People(1, 1, 0, 1, 1)), new StagedPeople("338", "3", (short)OffenceStage.Attempt, new People(1, 1, 0, 1, 1))],
            shape.Stages);
        // Shapes without a staged charge read as they did before stages were counted: their stored ids stay valid.
        Assert.DoesNotContain("|s", VectorOf(Awol(1)).Shape.Canonical());
        Assert.Contains("|s", shape.Canonical());
    }

    [Theory]
    [InlineData("338", null, OffenceStage.Attempt, "338@2")]
    [InlineData("338", "3", OffenceStage.Preparation, "338|3@1")]
    public void A_filter_with_a_stage_names_the_staged_key(string article, string? part, OffenceStage stage, string expected) =>
        Assert.Equal(expected, ChargeKeys.ForFilter(article, part, null, stage));

    [Theory]
    [InlineData("337", "5", Category.Awol, "337|5#c5")]
    [InlineData("337", "5", null, "337|5")]
    [InlineData("337", null, Category.Awol, "337#c5")]
    [InlineData("337", null, null, "337")]
    [InlineData(null, null, Category.Awol, "c5")]
    [InlineData(null, null, null, null)]
    public void A_filter_names_one_charge_key(string? article, string? part, Category? category, string? expected) =>
        Assert.Equal(expected, ChargeKeys.ForFilter(article, part, category));

    [Fact]
    public void Equal_shapes_share_an_id_and_any_difference_makes_another()
    {
        var one = VectorOf(Awol(1).Convicted(PunishmentKind.Suspended, 12));
        var same = VectorOf(Awol(1).Convicted(PunishmentKind.Suspended, 48));
        var other = VectorOf(Awol(1).Convicted(PunishmentKind.Imprisonment, 12));

        Assert.Equal(one.ShapeId, same.ShapeId);
        Assert.NotEqual(one.ShapeId, other.ShapeId);
        Assert.NotEqual(one.ShapeId, VectorOf(Cards.Defendant(1, Cards.Charge("337", "3.1")).Convicted(PunishmentKind.Suspended, 12)).ShapeId);
    }
}
