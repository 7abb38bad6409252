using Mediazona.Classification.Classifying;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Tests.Classifying;

public class KnownFactsTests
{
    const string Act = """
        Петрова Петра Петровича, проходящего военную службу по контракту, обвиняемого в совершении преступления,
        ПРИГОВОРИЛ:
        Признать Петрова П.П. виновным в совершении преступления, предусмотренного ч. 5 ст. 337 УК РФ, и назначить ему наказание в виде лишения свободы на срок 5 (пять) лет с отбыванием наказания в исправительной колонии общего режима.
        """;

    static (Defendant Defendant, CourtCase Case) CaseWithAct()
    {
        var defendant = new Defendant { Ordinal = 1, Name = "Петров Пётр Петрович", ChargesRaw = "ст.337 ч.5 УК РФ" };
        var courtCase = new CourtCase { OutcomeRaw = "Вынесен ПРИГОВОР", Defendants = { defendant } };
        courtCase.Acts.Add(new JudicialAct { Kind = "Приговор", Text = Act, Url = "https://example.invalid/act" });
        return (defendant, courtCase);
    }

    [Fact]
    public void The_published_act_beats_an_annotations_text_and_names_itself_as_the_source()
    {
        var (defendant, courtCase) = CaseWithAct();
        courtCase.Annotations.Add(new Annotation { DefendantOrdinal = 1, Text = "приговорил к 3 годам условно", Source = FactSource.PressRelease, SourceDate = "2030-01-01" });

        var facts = KnownFacts.Of(courtCase);
        var punishment = facts.Punishment(defendant, 1)!;

        Assert.Equal((PunishmentKind.Imprisonment, 60, FactSource.PublishedAct, "https://example.invalid/act"), (punishment.Kind, punishment.TermMonths, punishment.Source, punishment.SourceUrl));
        Assert.Equal(ServiceType.Contract, facts.ServiceType(defendant, 1));
    }

    [Fact]
    public void A_structured_annotation_beats_the_published_act_and_takes_the_annotations_source()
    {
        var (defendant, courtCase) = CaseWithAct();
        courtCase.Annotations.Add(new Annotation
        {
            DefendantOrdinal = 1,
            Source = FactSource.Manual,
            SourceUrl = "https://example.invalid/desk",
            Punishment = new Punishment { Kind = PunishmentKind.Imprisonment, TermMonths = 48 },
        });

        var punishment = KnownFacts.Of(courtCase).Punishment(defendant, 1)!;

        Assert.Equal((48, FactSource.Manual, "https://example.invalid/desk"), (punishment.TermMonths, punishment.Source, punishment.SourceUrl));
    }

    [Fact]
    public void The_senders_service_type_beats_the_act()
    {
        var (defendant, courtCase) = CaseWithAct();
        defendant.ServiceType = ServiceType.Mobilised;

        Assert.Equal(ServiceType.Mobilised, KnownFacts.Of(courtCase).ServiceType(defendant, 1));
    }

    [Fact]
    public void Without_an_act_the_newest_annotation_text_that_states_a_punishment_wins()
    {
        var defendant = new Defendant { Ordinal = 1, Name = "Петров Пётр Петрович" };
        var courtCase = new CourtCase { Defendants = { defendant } };
        courtCase.Annotations.Add(new Annotation { DefendantOrdinal = 1, Text = "к 7 годам колонии строгого режима", Source = FactSource.PressRelease, SourceDate = "2024-01-01" });
        courtCase.Annotations.Add(new Annotation { DefendantOrdinal = 1, Text = "суд снизил срок до 6 лет лишения свободы", Source = FactSource.Lawyer, SourceDate = "2024-05-01" });
        courtCase.Annotations.Add(new Annotation { DefendantOrdinal = 1, Text = "адвокат обжалует приговор", Source = FactSource.Lawyer, SourceDate = "2024-06-01" });

        var punishment = KnownFacts.Of(courtCase).Punishment(defendant, 1)!;

        Assert.Equal((72, FactSource.Lawyer), (punishment.TermMonths, punishment.Source));
    }
}
