using Mediazona.Classification.Classifying;
using Mediazona.Classification.Rules;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Tests.Classifying;

/// <summary>Classification passes the case's proceeding on, so statistics can leave other proceedings out.</summary>
public class ProceedingKindTests
{
    [Theory]
    [InlineData(ProceedingKind.Unspecified)]
    [InlineData(ProceedingKind.CriminalFirstInstance)]
    [InlineData(ProceedingKind.CriminalCassation)]
    [InlineData(ProceedingKind.AdministrativeOffence)]
    public void The_classification_carries_the_cases_proceeding_kind(ProceedingKind kind)
    {
        var courtCase = new CourtCase { Court = new Court { Code = "54KV0000" }, CaseNumber = "7У-1297/2026 [77-655/2026]", EntryDate = "2026-01-12", ProceedingKind = kind };
        courtCase.Defendants.Add(new Defendant { Ordinal = 1, ChargesRaw = "ст.337 ч.5 УК РФ" });

        var result = CaseClassifier.Classify(courtCase, new Revision { CaseId = "x", Number = 1 }, RuleFile.LoadEmbedded());

        Assert.Equal(kind, result.ProceedingKind);
    }
}
