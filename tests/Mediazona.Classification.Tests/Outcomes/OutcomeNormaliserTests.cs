using Mediazona.Classification.Outcomes;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Tests.Outcomes;

public class OutcomeNormaliserTests
{
    [Theory]
    [InlineData("Вынесен ПРИГОВОР", Outcome.Verdict)]
    [InlineData("вынесен приговор", Outcome.Verdict)]
    [InlineData("  Вынесен\u00a0 ПРИГОВОР  ", Outcome.Verdict)]
    [InlineData("Рассмотрено с вынесением приговора", Outcome.Verdict)]
    [InlineData("Уголовное дело ПРЕКРАЩЕНО", Outcome.Dismissed)]
    [InlineData("прекращено", Outcome.Dismissed)]
    [InlineData("Прекращено производство по делу (с назначением судебного штрафа)", Outcome.Dismissed)]
    [InlineData("Вынесено постановление о прекращении уголовного дела", Outcome.Dismissed)]
    [InlineData("ВОЗВРАЩЕНО ПРОКУРОРУ", Outcome.ReturnedToProsecutor)]
    [InlineData("ВОЗВРАЩЕНО ПРОКУРОРУ в порядке ст. 237 УПК РФ", Outcome.ReturnedToProsecutor)]
    [InlineData("Направлено ПО ПОДСУДНОСТИ (подведомственности)", Outcome.Transferred)]
    [InlineData("Передано по подсудности", Outcome.Transferred)]
    [InlineData("Применены ПРИНУДИТЕЛЬНЫЕ МЕРЫ МЕДИЦИНСКОГО ХАРАКТЕРА", Outcome.MedicalMeasures)]
    [InlineData("Вынесено другое ПОСТАНОВЛЕНИЕ", Outcome.OtherRuling)]
    [InlineData("Дело присоединено к другому делу", Outcome.Merged)]
    [InlineData("Приостановлено", Outcome.SuspendedProceedings)]
    [InlineData("Производство по делу приостановлено", Outcome.SuspendedProceedings)]
    [InlineData("", Outcome.Pending)]
    [InlineData("   ", Outcome.Pending)]
    [InlineData(null, Outcome.Pending)]
    [InlineData("Отложено", Outcome.Other)]
    [InlineData("что-то новое", Outcome.Other)]
    public void Reads_the_courts_wording(string? raw, Outcome expected) =>
        Assert.Equal(expected, OutcomeNormaliser.Normalise(raw));

    [Fact]
    public void An_outcome_already_given_is_kept() =>
        Assert.Equal(Outcome.Dismissed, OutcomeNormaliser.Resolve(Outcome.Dismissed, "Вынесен ПРИГОВОР"));

    [Fact]
    public void An_unspecified_outcome_is_read_from_the_wording() =>
        Assert.Equal(Outcome.Verdict, OutcomeNormaliser.Resolve(Outcome.Unspecified, "Вынесен ПРИГОВОР"));
}
