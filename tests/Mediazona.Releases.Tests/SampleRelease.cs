using Mediazona.Releases.Completeness;
using Mediazona.Releases.Schema;

namespace Mediazona.Releases.Tests;

/// <summary>A small release built in code: every column type, nulls, Cyrillic, commas and quotes in text.</summary>
static class SampleRelease
{
    public static readonly DateOnly AsOf = new(2023, 4, 3);

    /// <summary>A case row; decided: a verdict on that day.</summary>
    public static object?[] Case(string id, string court, DateOnly entry, DateOnly? decided, string outcome = "VERDICT", bool mobilisationEra = true, int revision = 1) =>
        [id, revision, 2, court, $"1-{id}/2023", entry, decided, decided is null ? "PENDING" : outcome, mobilisationEra, false, decided is not null, 1];

    public static object?[] Defendant(string caseId, int ordinal, string kind, int term) =>
        [caseId, ordinal, true, kind.Length > 0, false, kind, term, kind == "SUSPENDED" ? 24 : 0, kind.Length > 0 ? "PUBLISHED_ACT" : "",
         kind.Length > 0 ? "DEPRIVATION_OF_LIBERTY" : "", kind == "IMPRISONMENT" ? "GENERAL" : "", 0L, 0, 0, 150_000L, 0, 0, false, "337", "5", "AWOL"];

    public static object?[] Charge(string caseId, int ordinal, string article, string part) =>
        [caseId, ordinal, article, part, article == "337" ? "AWOL" : "NON_MILITARY", article == "337", "", ""];

    public static Release Build(IEnumerable<object?[]> cases, IEnumerable<object?[]>? defendants = null, long dataVersion = 7)
    {
        var caseRows = cases.ToList();
        var caseTable = new ReleaseTable(ReleaseTables.Cases, caseRows);
        var defendantTable = new ReleaseTable(ReleaseTables.Defendants, defendants ?? caseRows.Select(c => Defendant((string)c[0]!, 1, c[6] is null ? "" : "IMPRISONMENT", 24)));
        return new Release(AsOf, 2, "2026.12", dataVersion,
        [
            caseTable,
            defendantTable,
            new ReleaseTable(ReleaseTables.Charges, caseRows.Select(c => Charge((string)c[0]!, 1, "337", "5"))),
            new ReleaseTable(ReleaseTables.Courts,
            [
                ["46GV0001", "Курский гарнизонный военный суд", "GARRISON", "77OV0000", "Курская область", "kursky-gvs.krs.sudrf.ru"],
                ["77OV0000", "3-й окружной военный суд, \"Москва\"", "DISTRICT", "", "Москва", "3ovs.msk.sudrf.ru"],
            ]),
            new ReleaseTable(ReleaseTables.Revisions, caseRows.Select(c => new object?[]
            {
                c[0], c[1], $"https://kursky-gvs.krs.sudrf.ru/modules.php?name=sud_delo&case_id={c[0]}",
                c[0] is "c1" ? null : new DateTimeOffset(2023, 4, 1, 9, 30, 0, TimeSpan.Zero), new string('b', 64),
            })),
            CompletenessRows.Of(caseTable, defendantTable),
        ]);
    }

    /// <summary>Ten cases of two courts: six decided by 3 April 2023 (one of them after it), one outside the mobilisation era.</summary>
    public static Release Study() => Build(
    [
        Case("c1", "46GV0001", new(2022, 10, 3), new(2022, 12, 1)),
        Case("c2", "46GV0001", new(2022, 11, 7), new(2023, 1, 20)),
        Case("c3", "46GV0001", new(2023, 1, 16), null),
        Case("c4", "46GV0001", new(2023, 3, 1), new(2023, 4, 10)),
        Case("c5", "77OV0000", new(2023, 3, 2), new(2023, 3, 30)),
        Case("c6", "77OV0000", new(2023, 3, 20), new(2023, 3, 31), outcome: "RETURNED_TO_PROSECUTOR"),
        Case("c7", "77OV0000", new(2023, 3, 28), null),
        Case("c8", "77OV0000", new(2023, 4, 2), new(2023, 4, 3)),
        Case("c9", "77OV0000", new(2023, 4, 5), null),
        Case("c10", "46GV0001", new(2023, 2, 1), new(2023, 3, 1), mobilisationEra: false),
    ]);
}
