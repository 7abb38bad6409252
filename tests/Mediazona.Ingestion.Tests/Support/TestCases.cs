using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Ingestion.Tests.Support;

/// <summary>Valid cases to start from; each test changes what it is about.</summary>
static class TestCases
{
    public static readonly DateOnly Today = new(2024, 6, 1);

    public static CourtCase Valid(string courtCode = "46GV0001", string caseNumber = "1-12/2024", string caseUid = "") => new()
    {
        Court = new Court { Code = courtCode, Name = "Курский гарнизонный военный суд", Host = "kgvs.krs.sudrf.ru" },
        CaseNumber = caseNumber,
        CaseUid = caseUid,
        EntryDate = "2024-01-15",
        DecisionDate = "2024-03-01",
        Category = "Уклонение от прохождения военной службы",
        Judge = "Иванов И. И.",
        Outcome = Outcome.Verdict,
        OutcomeRaw = "Вынесен ПРИГОВОР",
        SourceUrl = "https://kgvs.krs.sudrf.ru/modules.php?name=sud_delo&case_id=1",
        Defendants =
        {
            new Defendant
            {
                Ordinal = 1,
                Name = "Петров П. П.",
                ChargesRaw = "ст.337 ч.5 УК РФ",
                Charges = { new Charge { Raw = "ст.337 ч.5 УК РФ", Article = "337", Part = "5" } },
            },
        },
        Events =
        {
            new CaseEvent { Name = "Регистрация поступившего в суд дела", Date = "2024-01-15", PublishedDate = "2024-01-16" },
            new CaseEvent { Name = "Судебное заседание", Date = "2024-03-01", Result = "Вынесен приговор", PublishedDate = "2024-03-02" },
        },
        Acts = { new JudicialAct { Kind = "Приговор", Text = "ПРИГОВОР Именем Российской Федерации", PublishedDate = "2024-03-20" } },
        Annotations = { new Annotation { DefendantOrdinal = 1, Text = "Суд назначил 5 лет условно", Source = FactSource.PressRelease, SourceDate = "2024-03-02" } },
    };
}
