using Mediazona.Classification.Classifying;
using Mediazona.Classification.Rules;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Tests.Classifying;

public class CaseClassifierTests
{
    static readonly RuleTable Table = RuleFile.LoadEmbedded();

    static Defendant Defendant(int ordinal, string name, string charges) =>
        new() { Ordinal = ordinal, Name = name, ChargesRaw = charges };

    static CourtCase Case(string outcomeRaw, params Defendant[] defendants)
    {
        var courtCase = new CourtCase
        {
            Court = new Court { Code = "46GV0001", Name = "Курский гарнизонный военный суд" },
            CaseNumber = "1-123/2023",
            EntryDate = "2023-03-01",
            DecisionDate = "2023-05-15",
            OutcomeRaw = outcomeRaw,
        };
        courtCase.Defendants.AddRange(defendants);
        return courtCase;
    }

    static readonly Revision Revision = new() { CaseId = "46GV0001:1-123/2023", Number = 3, ContentHash = "ab12" };

    [Fact]
    public void Copies_the_case_and_its_revision()
    {
        var result = CaseClassifier.Classify(Case("Вынесен ПРИГОВОР", Defendant(1, "Иванов И.И.", "ст.337 ч.5 УК РФ")), Revision, Table);

        Assert.Equal(("46GV0001:1-123/2023", 3, "ab12"), (result.CaseId, result.Revision, result.ContentHash));
        Assert.Equal("46GV0001", result.Court.Code);
        Assert.Equal(("1-123/2023", "2023-03-01", "2023-05-15"), (result.CaseNumber, result.EntryDate, result.DecisionDate));
        Assert.Equal((Outcome.Verdict, "Вынесен ПРИГОВОР"), (result.Outcome, result.OutcomeRaw));
        Assert.Equal(Table.Version, result.RulesVersion);
        Assert.False(result.GroupCase);
        Assert.False(result.HasPublishedAct);
    }

    [Fact]
    public void Carries_where_the_revision_came_from_and_which_names_the_card_hides()
    {
        var courtCase = Case("Вынесен ПРИГОВОР", Defendant(1, "Информация скрыта", "ст.337 ч.5 УК РФ"), Defendant(2, "Иванов И.И.", "ст.337 ч.5 УК РФ"));
        courtCase.Defendants[0].NameHidden = true;
        courtCase.SourceUrl = "https://kursky-gvs.krs.sudrf.ru/modules.php?name=sud_delo&name_op=case&case_id=1";
        courtCase.FetchedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.Zero));
        courtCase.PageSha256 = new string('c', 64);

        var result = CaseClassifier.Classify(courtCase, Revision, Table);

        Assert.Equal((courtCase.SourceUrl, courtCase.FetchedAt, courtCase.PageSha256), (result.SourceUrl, result.FetchedAt, result.PageSha256));
        Assert.Equal([true, false], result.Defendants.Select(d => d.NameHidden));
    }

    [Fact]
    public void A_group_disobedience_case_is_mobilisation_era_with_every_defendant_convicted()
    {
        var courtCase = Case("Вынесен ПРИГОВОР",
            Defendant(1, "А", "ч.2.1 ст.332 УК РФ"),
            Defendant(2, "Б", "ч.2.1 ст.332 УК РФ"),
            Defendant(3, "В", "ст.332 ч.1 УК РФ"));

        var result = CaseClassifier.Classify(courtCase, Revision, Table);

        Assert.True(result.GroupCase);
        Assert.True(result.MobilisationEra);
        Assert.Equal([1, 2, 3], result.Defendants.Select(d => d.Ordinal));
        Assert.All(result.Defendants, d => Assert.Equal(Category.Disobedience, d.Primary.Category));
        Assert.Equal([true, true, false], result.Defendants.Select(d => d.Primary.MobilisationEra));
        Assert.All(result.Defendants, d => Assert.True(d.Convicted));
    }

    [Fact]
    public void An_acquitted_defendant_in_a_group_verdict_is_not_convicted()
    {
        var acquitted = Defendant(2, "Б", "ст.338 ч.3 УК РФ");
        acquitted.Punishment = new Punishment { Kind = PunishmentKind.Acquitted, Source = FactSource.PublishedAct };
        var convicted = Defendant(1, "А", "ст.338 ч.3 УК РФ");
        convicted.Punishment = new Punishment { Kind = PunishmentKind.Imprisonment, TermMonths = 66, Regime = ColonyRegime.General };

        var result = CaseClassifier.Classify(Case("Вынесен ПРИГОВОР", convicted, acquitted), Revision, Table);

        var (first, second) = (result.Defendants[0], result.Defendants[1]);
        Assert.Equal((true, false), (first.Convicted, first.Acquitted));
        Assert.Equal(66, first.Punishment.TermMonths);
        Assert.Equal((false, true), (second.Convicted, second.Acquitted));
        Assert.Equal(PunishmentKind.Acquitted, second.Punishment.Kind);
    }

    [Theory]
    [InlineData("Уголовное дело ПРЕКРАЩЕНО")]
    [InlineData("")]
    [InlineData("ВОЗВРАЩЕНО ПРОКУРОРУ")]
    public void Without_a_verdict_nobody_is_convicted(string outcomeRaw)
    {
        var result = CaseClassifier.Classify(Case(outcomeRaw, Defendant(1, "А", "ст.337 ч.5 УК РФ")), Revision, Table);

        Assert.False(result.Defendants[0].Convicted);
        Assert.NotEqual(Outcome.Verdict, result.Outcome);
    }

    [Fact]
    public void A_given_outcome_is_kept_over_the_wording()
    {
        var courtCase = Case("Вынесен ПРИГОВОР", Defendant(1, "А", "ст.337 ч.5 УК РФ"));
        courtCase.Outcome = Outcome.Dismissed;

        var result = CaseClassifier.Classify(courtCase, Revision, Table);

        Assert.Equal(Outcome.Dismissed, result.Outcome);
        Assert.False(result.Defendants[0].Convicted);
    }

    [Fact]
    public void Takes_the_punishment_from_an_annotation_about_the_defendant()
    {
        var courtCase = Case("Вынесен ПРИГОВОР", Defendant(1, "Иванов И.И.", "ст.337 ч.5 УК РФ"), Defendant(2, "Петров П.П.", "ст.337 ч.5 УК РФ"));
        courtCase.Annotations.Add(new Annotation
        {
            DefendantOrdinal = 2,
            Source = FactSource.PressRelease,
            Punishment = new Punishment { Kind = PunishmentKind.Suspended, TermMonths = 60, ProbationMonths = 24, Source = FactSource.PressRelease },
        });
        courtCase.Annotations.Add(new Annotation
        {
            DefendantName = " иванов  и.и. ",
            Source = FactSource.Lawyer,
            Punishment = new Punishment { Kind = PunishmentKind.Imprisonment, TermMonths = 72, Source = FactSource.Lawyer },
        });

        var result = CaseClassifier.Classify(courtCase, Revision, Table);

        Assert.Equal((PunishmentKind.Imprisonment, 72, FactSource.Lawyer), (result.Defendants[0].Punishment.Kind, result.Defendants[0].Punishment.TermMonths, result.Defendants[0].Punishment.Source));
        Assert.Equal((PunishmentKind.Suspended, 60, 24), (result.Defendants[1].Punishment.Kind, result.Defendants[1].Punishment.TermMonths, result.Defendants[1].Punishment.ProbationMonths));
    }

    [Fact]
    public void The_defendants_own_punishment_wins_and_the_newest_annotation_beats_older_ones()
    {
        var own = Defendant(1, "А", "ст.337 ч.5 УК РФ");
        own.Punishment = new Punishment { Kind = PunishmentKind.Fine, FineRubles = 100_000 };
        var courtCase = Case("Вынесен ПРИГОВОР", own, Defendant(2, "Б", "ст.337 ч.5 УК РФ"));
        courtCase.Annotations.Add(new Annotation { DefendantOrdinal = 1, SourceDate = "2023-06-01", Punishment = new Punishment { Kind = PunishmentKind.Imprisonment, TermMonths = 12 } });
        courtCase.Annotations.Add(new Annotation { DefendantOrdinal = 2, SourceDate = "2023-07-01", Punishment = new Punishment { Kind = PunishmentKind.Imprisonment, TermMonths = 30 } });
        courtCase.Annotations.Add(new Annotation { DefendantOrdinal = 2, SourceDate = "2023-06-01", Punishment = new Punishment { Kind = PunishmentKind.Imprisonment, TermMonths = 24 } });
        courtCase.Annotations.Add(new Annotation { DefendantOrdinal = 2, SourceDate = "2023-08-01", Text = "no structured punishment" });

        var result = CaseClassifier.Classify(courtCase, Revision, Table);

        Assert.Equal(PunishmentKind.Fine, result.Defendants[0].Punishment.Kind);
        Assert.Equal(30, result.Defendants[1].Punishment.TermMonths);
    }

    [Fact]
    public void A_hidden_name_is_never_matched_by_name()
    {
        var hidden = Defendant(1, "Информация скрыта", "ст.337 ч.5 УК РФ");
        hidden.NameHidden = true;
        var courtCase = Case("Вынесен ПРИГОВОР", hidden);
        courtCase.Annotations.Add(new Annotation { DefendantName = "Информация скрыта", Punishment = new Punishment { Kind = PunishmentKind.Imprisonment, TermMonths = 12 } });

        var result = CaseClassifier.Classify(courtCase, Revision, Table);

        Assert.Null(result.Defendants[0].Punishment);
        Assert.False(result.Defendants[0].Acquitted);
    }

    [Fact]
    public void Structured_charges_win_over_the_printed_list()
    {
        var defendant = Defendant(1, "А", "ст.337 ч.5 УК РФ");
        defendant.Charges.Add(new Charge { Raw = "ст.338 ч.3", Article = "338", Part = "3" });

        var result = CaseClassifier.Classify(Case("", defendant), Revision, Table);

        var charge = Assert.Single(result.Defendants[0].Charges);
        Assert.Equal((Category.Desertion, "338"), (charge.Category, charge.Charge.Article));
    }

    [Fact]
    public void Classifies_every_charge_and_picks_the_primary()
    {
        var defendant = Defendant(1, "А", "ст.337 ч.3.1 УК РФ; ст.337 ч.5 УК РФ; ст.228 ч.1 УК РФ");
        defendant.ServiceType = ServiceType.Mobilised;

        var result = CaseClassifier.Classify(Case("Вынесен ПРИГОВОР", defendant), Revision, Table).Defendants[0];

        Assert.Equal([Category.Awol, Category.Awol, Category.NonMilitary], result.Charges.Select(c => c.Category));
        Assert.Equal([AwolDuration.TenDaysToMonth, AwolDuration.OverMonth, AwolDuration.Unspecified], result.Charges.Select(c => c.AwolDuration));
        Assert.Equal([false, false, false], result.Charges.Select(c => c.Unknown));
        Assert.Equal([84, 120, 36], result.Charges.Select(c => c.MaxPenaltyMonths));
        Assert.Equal("5", result.Primary.Charge.Part);
        Assert.Equal("ст.337 ч.5 УК РФ", result.Primary.Charge.Raw);
        Assert.False(result.PrimaryUncertain);
        Assert.Equal(ServiceType.Mobilised, result.ServiceType);
    }

    [Fact]
    public void Added_punishments_come_with_the_main_one_from_the_published_act()
    {
        var courtCase = Case("Вынесен ПРИГОВОР", Defendant(1, "Орлов Олег Олегович", "ст.290 ч.3 УК РФ"));
        courtCase.Acts.Add(new JudicialAct
        {
            Kind = "Приговор",
            Url = "https://example.test/act/7",
            Text = "ПРИГОВОРИЛ: Признать Орлова О.О. виновным в совершении преступления, предусмотренного ч. 3 ст. 290 УК РФ, и назначить ему наказание в виде лишения свободы на срок 4 (четыре) года со штрафом в размере 500 000 рублей с лишением воинского звания «подполковник» с отбыванием наказания в исправительной колонии строгого режима.",
        });

        var result = CaseClassifier.Classify(courtCase, Revision, Table).Defendants[0];

        Assert.Equal((PunishmentKind.Imprisonment, 48, ColonyRegime.Strict), (result.Punishment.Kind, result.Punishment.TermMonths, result.Punishment.Regime));
        Assert.Equal(PenaltyKind.DeprivationOfLiberty, result.PenaltyKind);
        Assert.Equal([(AdditionalPunishmentKind.Fine, 500_000L), (AdditionalPunishmentKind.DeprivationOfRank, 0L)],
            result.AdditionalPunishments.Select(a => (a.Kind, a.FineRubles)));
    }

    [Fact]
    public void A_senders_structured_punishment_brings_no_added_ones_from_elsewhere()
    {
        var defendant = Defendant(1, "Орлов Олег Олегович", "ст.290 ч.3 УК РФ");
        defendant.Punishment = new Punishment { Kind = PunishmentKind.Imprisonment, TermMonths = 48, Source = FactSource.PressRelease };
        var courtCase = Case("Вынесен ПРИГОВОР", defendant);
        courtCase.Acts.Add(new JudicialAct { Kind = "Приговор", Text = "ПРИГОВОРИЛ: Признать Орлова О.О. виновным … лишения свободы на срок 4 года со штрафом в размере 500 000 рублей." });

        var result = CaseClassifier.Classify(courtCase, Revision, Table).Defendants[0];

        Assert.Equal(FactSource.PressRelease, result.Punishment.Source);
        Assert.Equal(PenaltyKind.DeprivationOfLiberty, result.PenaltyKind);
        Assert.Empty(result.AdditionalPunishments);
    }

    [Fact]
    public void An_attempt_is_its_crime_with_the_stage_beside_it()
    {
        var result = CaseClassifier.Classify(Case("Вынесен ПРИГОВОР", Defendant(1, "А", "ст. 30 ч.3, ст.338 ч.3 УК РФ")), Revision, Table);

        var charge = Assert.Single(result.Defendants[0].Charges);
        Assert.Equal(("338", "3", Category.Desertion, true), (charge.Charge.Article, charge.Charge.Part, charge.Category, charge.MobilisationEra));
        Assert.Equal((OffenceStage.Attempt, ComplicityRole.Unspecified), (charge.Stage, charge.Complicity));
        Assert.Equal("ст. 30 ч.3, ст.338 ч.3 УК РФ", charge.Charge.Raw);
        Assert.True(result.MobilisationEra);
    }

    [Fact]
    public void Structured_charges_fold_the_general_part_as_parsed_ones_do()
    {
        var defendant = new Defendant { Ordinal = 1, Name = "А" };
        defendant.Charges.Add(new Charge { Raw = "ст.33 ч.5", Article = "33", Part = "5" });
        defendant.Charges.Add(new Charge { Raw = "ст.228 ч.2", Article = "228", Part = "2" });
        defendant.Charges.Add(new Charge { Raw = "ст.73", Article = "73" });

        var result = CaseClassifier.Classify(Case("Вынесен ПРИГОВОР", defendant), Revision, Table).Defendants[0];

        var charge = Assert.Single(result.Charges);
        Assert.Equal(("228", ComplicityRole.Accessory, "ст.33 ч.5, ст.228 ч.2"), (charge.Charge.Article, charge.Complicity, charge.Charge.Raw));
    }

    [Fact]
    public void A_primary_chosen_without_a_maximum_is_flagged_uncertain()
    {
        var result = CaseClassifier.Classify(Case("Вынесен ПРИГОВОР", Defendant(1, "А", "ст.337 ч.4 УК РФ; ст.171 ч.2 УК РФ")), Revision, Table).Defendants[0];

        Assert.True(result.PrimaryUncertain);
        Assert.Equal([false, true], result.Charges.Select(c => c.MaxPenaltyUnknown));
    }

    [Fact]
    public void A_peacetime_case_with_a_hidden_defendant_and_a_published_act()
    {
        var hidden = Defendant(0, "Информация скрыта", "Информация скрыта");
        var courtCase = Case("Вынесен ПРИГОВОР", hidden, Defendant(0, "Б", "ст.337 ч.4 УК РФ"));
        courtCase.Acts.Add(new JudicialAct { Kind = "Приговор", Text = "…" });

        var result = CaseClassifier.Classify(courtCase, Revision, Table);

        Assert.False(result.MobilisationEra);
        Assert.True(result.HasPublishedAct);
        Assert.Empty(result.Defendants[0].Charges);
        Assert.Null(result.Defendants[0].Primary);
        Assert.Equal([1, 2], result.Defendants.Select(d => d.Ordinal));
    }

    [Fact]
    public void Does_not_change_the_case_it_classifies()
    {
        var courtCase = Case("Вынесен ПРИГОВОР", Defendant(1, "А", "ст.337 ч.5 УК РФ"));
        courtCase.Annotations.Add(new Annotation { DefendantOrdinal = 1, Punishment = new Punishment { Kind = PunishmentKind.Imprisonment, TermMonths = 12 } });
        var before = courtCase.Clone();

        var result = CaseClassifier.Classify(courtCase, Revision, Table);
        result.Defendants[0].Punishment.TermMonths = 99;
        result.Court.Code = "changed";

        Assert.Equal(before, courtCase);
    }
}
