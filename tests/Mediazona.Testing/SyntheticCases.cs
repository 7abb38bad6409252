using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Testing;

/// <summary>Deterministic synthetic cases shaped like the study's: mostly AWOL, some verdicts, some groups.</summary>
public static class SyntheticCases
{
    static readonly string[] Charges =
    [
        "ст.337 ч.5 УК РФ", "ст.337 ч.3.1 УК РФ", "ст.337 ч.2.1 УК РФ", "ст.337 ч.3.1 УК РФ; ст.337 ч.5 УК РФ",
        "ст.332 ч.2.1 УК РФ", "ст.334 ч.3 УК РФ; ст.336 ч.2 УК РФ", "ст.338 ч.3 УК РФ", "ст.228 ч.2 УК РФ",
    ];

    /// <summary>Court codes of their own for this run, so its cases can be counted apart from any other data.</summary>
    public static string[] CourtCodes(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => $"8{random.Next(10)}GV{random.Next(10000):D4}").Distinct()];
    }

    /// <summary>Case number <paramref name="index"/> of a run; the same index always gives the same case.</summary>
    public static CourtCase Case(int index, string[] courts, string runTag)
    {
        var random = new Random(index);
        var entry = new DateOnly(2022, 10, 1).AddDays(random.Next(540));
        var courtCase = new CourtCase
        {
            Court = new Court { Code = courts[index % courts.Length], Name = "Гарнизонный военный суд" },
            CaseNumber = $"1-{index}/{runTag}",
            EntryDate = entry.ToString("yyyy-MM-dd"),
            Category = "Преступления против военной службы",
        };
        if (random.Next(2) == 0)
        {
            courtCase.DecisionDate = entry.AddDays(30 + random.Next(60)).ToString("yyyy-MM-dd");
            courtCase.OutcomeRaw = "Вынесен ПРИГОВОР";
        }
        var defendants = random.Next(10) == 0 ? 3 : 1;
        for (var d = 1; d <= defendants; d++)
        {
            courtCase.Defendants.Add(new Defendant
            {
                Ordinal = d,
                Name = "Информация скрыта",
                NameHidden = true,
                ChargesRaw = Charges[random.Next(Charges.Length)],
            });
        }
        return courtCase;
    }
}
