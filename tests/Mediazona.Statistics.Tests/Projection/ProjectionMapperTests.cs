using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Projection;
using Mediazona.Statistics.Tests.Infrastructure;

namespace Mediazona.Statistics.Tests.Projection;

public class ProjectionMapperTests
{
    [Fact]
    public void Maps_a_case_its_defendants_and_their_charges()
    {
        var card = Cards.Case("c1", "46GV0001", "2023-01-10", Outcome.Verdict, "2023-03-01",
            Cards.Defendant(1, Cards.Charge("337", "5")).Convicted(PunishmentKind.Suspended, 60),
            Cards.Defendant(2, Cards.Charge("334", "3"), Cards.Charge("336", "")).Acquitted());
        card.HasPublishedAct = true;

        var batch = ProjectionMapper.Map(Cards.Batch(card));

        var row = Assert.Single(batch.Cases);
        Assert.Equal(new CaseRow("c1", 1, 1, "46GV0001", "1-c1/2023", new DateOnly(2023, 1, 10), new DateOnly(2023, 3, 1),
            (short)Outcome.Verdict, MobilisationEra: true, GroupCase: true, HasPublishedAct: true), row);
        Assert.Equal(
            [
                new DefendantRow("c1", 1, true, false, (short)PunishmentKind.Suspended, 60, 0, (short)FactSource.PublishedAct, "337", "5", (short)Category.Awol, true, SentenceDetail.None),
                new DefendantRow("c1", 2, false, true, (short)PunishmentKind.Acquitted, 0, 0, (short)FactSource.PublishedAct, "334", "3", (short)Category.ViolenceAgainstSuperior, true, SentenceDetail.None),
            ], batch.Defendants);
        Assert.Equal(
            [
                new ChargeRow("c1", 1, "337", "5", (short)Category.Awol, true),
                new ChargeRow("c1", 2, "334", "3", (short)Category.ViolenceAgainstSuperior, true),
                new ChargeRow("c1", 2, "336", "", (short)Category.Insult, false),
            ], batch.Charges);
        Assert.Empty(batch.Rejected);
    }

    [Fact]
    public void A_charge_keeps_its_stage_and_role_and_a_completed_episode_stands_for_its_part()
    {
        var attempt = Cards.Charge("338", "3");
        attempt.Stage = OffenceStage.Attempt;
        attempt.Complicity = ComplicityRole.Accessory;
        var completed = Cards.Charge("337", "5");
        var attemptedToo = Cards.Charge("337", "5");
        attemptedToo.Stage = OffenceStage.Attempt;
        var card = Cards.Case("c1", "46GV0001", "2023-01-10", Outcome.Pending, "", Cards.Defendant(1, attemptedToo, attempt, completed));

        var batch = ProjectionMapper.Map(Cards.Batch(card));

        Assert.Equal(
            [
                new ChargeRow("c1", 1, "337", "5", (short)Category.Awol, true),
                new ChargeRow("c1", 1, "338", "3", (short)Category.Desertion, true, (short)OffenceStage.Attempt, (short)ComplicityRole.Accessory),
            ], batch.Charges.OrderBy(c => c.Article));
        var shape = Assert.Single(batch.Vectors).Shape;
        Assert.Contains("338@2", shape.ChargeKeys());
        Assert.Contains("338|3@2", shape.ChargeKeys());
        Assert.DoesNotContain("337@2", shape.ChargeKeys());
    }

    [Fact]
    public void Sentence_details_additional_punishments_hidden_names_and_provenance_are_kept()
    {
        var defendant = Cards.Defendant(1, Cards.Charge("337", "5")).Convicted(PunishmentKind.Suspended, 36);
        defendant.PenaltyKind = PenaltyKind.DeprivationOfLiberty;
        defendant.NameHidden = true;
        defendant.AdditionalPunishments.Add(new AdditionalPunishment { Kind = AdditionalPunishmentKind.Fine, FineRubles = 10_000 });
        defendant.AdditionalPunishments.Add(new AdditionalPunishment { Kind = AdditionalPunishmentKind.Fine, FineRubles = 30_000 });
        defendant.AdditionalPunishments.Add(new AdditionalPunishment { Kind = AdditionalPunishmentKind.BanOnPosts, TermMonths = 24 });
        defendant.AdditionalPunishments.Add(new AdditionalPunishment { Kind = AdditionalPunishmentKind.DeprivationOfRank });
        var labour = Cards.Defendant(2, Cards.Charge("337", "5")).Convicted(PunishmentKind.Other, 12);
        labour.PenaltyKind = PenaltyKind.CorrectiveLabour;
        labour.WithholdingPercent = 10;
        var card = Cards.Case("c1", "46GV0001", "2023-01-10", Outcome.Verdict, "2023-03-01", defendant, labour);
        card.SourceUrl = "https://court.example/card/1";
        card.FetchedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2023, 3, 2, 10, 0, 0, TimeSpan.Zero));
        card.PageSha256 = new string('a', 64);

        var batch = ProjectionMapper.Map(Cards.Batch(card));

        // Of two fines the larger is kept (a text that names one twice names the same fine).
        Assert.Equal(new SentenceDetail((short)PenaltyKind.DeprivationOfLiberty, 0, 0, 0, 0, 30_000, 0, 24, true, true), batch.Defendants[0].Detail);
        Assert.Equal(new SentenceDetail((short)PenaltyKind.CorrectiveLabour, 0, 0, 10, 0, 0, 0, 0, false, false), batch.Defendants[1].Detail);
        var row = Assert.Single(batch.Cases);
        Assert.Equal(("https://court.example/card/1", new DateTimeOffset(2023, 3, 2, 10, 0, 0, TimeSpan.Zero), new string('a', 64)),
            (row.SourceUrl, row.FetchedAt, row.PageSha256));
    }

    [Fact]
    public void Absent_dates_map_to_null()
    {
        var batch = ProjectionMapper.Map(Cards.Batch(Cards.Case("c1", "46GV0001", "", Outcome.Pending, "", Cards.Defendant(1, Cards.Charge("337", "5")))));

        var row = Assert.Single(batch.Cases);
        Assert.Null(row.EntryDate);
        Assert.Null(row.DecisionDate);
    }

    [Fact]
    public void Points_of_one_part_count_as_one_charge()
    {
        var defendant = Cards.Defendant(1, Cards.Charge("337", "5", "а"), Cards.Charge("337", "5", "б"), Cards.Charge("337", "3.1"));

        var batch = ProjectionMapper.Map(Cards.Batch(Cards.Case("c1", "46GV0001", "2023-01-10", Outcome.Pending, "", defendant)));

        Assert.Equal(["5", "3.1"], batch.Charges.Select(c => c.Part));
    }

    [Fact]
    public void Keeps_the_newest_of_one_case_sent_twice_in_a_batch()
    {
        var older = Cards.Case("c1", "46GV0001", "2023-01-10", Outcome.Pending, "", Cards.Defendant(1, Cards.Charge("337", "5"))).Revised(2, 1);
        var newer = Cards.Case("c1", "46GV0001", "2023-01-10", Outcome.Verdict, "2023-02-01", Cards.Defendant(1, Cards.Charge("338", "3"))).Revised(2, 3);
        var oldest = Cards.Case("c1", "46GV0001", "2023-01-10", Outcome.Pending, "", Cards.Defendant(1, Cards.Charge("332", "2.1"))).Revised(1, 9);

        var batch = ProjectionMapper.Map(Cards.Batch(older, newer, oldest));

        var row = Assert.Single(batch.Cases);
        Assert.Equal((2, 3), (row.Revision, row.RulesVersion));
        Assert.Equal("338", Assert.Single(batch.Charges).Article);
        Assert.Single(batch.Defendants);
    }

    [Theory]
    [InlineData(2, 1, 1, 9, true)]
    [InlineData(1, 9, 2, 1, false)]
    [InlineData(1, 2, 1, 1, true)]
    [InlineData(1, 1, 1, 2, false)]
    [InlineData(1, 1, 1, 1, false)]
    public void Revision_comes_before_rules_version(int revision, int rules, int currentRevision, int currentRules, bool newer)
    {
        var candidate = Cards.Case("c1", "46GV0001", "", Outcome.Pending, "").Revised(revision, rules);
        var current = Cards.Case("c1", "46GV0001", "", Outcome.Pending, "").Revised(currentRevision, currentRules);

        Assert.Equal(newer, ProjectionMapper.IsNewer(candidate, current));
    }

    [Theory]
    [InlineData("", "2023-01-10", "", "case_id")]
    [InlineData("c1", "10.01.2023", "", "entry_date")]
    [InlineData("c1", "2023-01-10", "2023-02-30", "decision_date")]
    public void Rejects_cases_it_cannot_store_and_keeps_the_rest(string caseId, string entry, string decision, string reason)
    {
        var bad = Cards.Case(caseId, "46GV0001", entry, Outcome.Verdict, decision, Cards.Defendant(1, Cards.Charge("337", "5")));
        var good = Cards.Case("good", "46GV0001", "2023-01-10", Outcome.Pending, "", Cards.Defendant(1, Cards.Charge("337", "5")));

        var batch = ProjectionMapper.Map(Cards.Batch(bad, good));

        Assert.Contains(reason, Assert.Single(batch.Rejected).Reason);
        Assert.Equal("good", Assert.Single(batch.Cases).CaseId);
        Assert.All(batch.Defendants, d => Assert.Equal("good", d.CaseId));
    }

    [Fact]
    public void Rejects_a_case_whose_defendant_ordinals_repeat()
    {
        var card = Cards.Case("c1", "46GV0001", "2023-01-10", Outcome.Pending, "",
            Cards.Defendant(1, Cards.Charge("337", "5")), Cards.Defendant(1, Cards.Charge("338", "3")));

        var batch = ProjectionMapper.Map(Cards.Batch(card));

        Assert.Empty(batch.Cases);
        Assert.Equal("c1", Assert.Single(batch.Rejected).CaseId);
    }

    [Fact]
    public void Orders_cases_by_id_so_concurrent_writers_lock_in_one_order()
    {
        var batch = ProjectionMapper.Map(Cards.Batch(
            Cards.Case("c3", "46GV0001", "", Outcome.Pending, ""),
            Cards.Case("c1", "46GV0001", "", Outcome.Pending, ""),
            Cards.Case("c2", "46GV0001", "", Outcome.Pending, "")));

        Assert.Equal(["c1", "c2", "c3"], batch.Cases.Select(c => c.CaseId));
    }
}
