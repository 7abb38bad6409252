using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Tests.Infrastructure;

namespace Mediazona.Statistics.Tests.Queries;

/// <summary>
/// A small, varied set of classified cases: generated from a fixed seed, plus hand-built edge cases on
/// courts of their own, plus older revisions and redeliveries sent out of order.
/// </summary>
public static class SummaryDataset
{
    public const string LateEntryCourt = "99GV0001";      // one case entered 2023-04-04
    public const string LateVerdictCourt = "99GV0002";    // one verdict entered 2023-03-01, decided 2023-04-10
    public const string SentencesCourt = "99GV0003";      // verdicts with known and unknown sentences
    public static readonly string[] Courts = ["46GV0001", "35GV0002", "01OV0003"];

    /// <summary>Every case version in the order it is sent (older revisions included, some after newer ones).</summary>
    public static IReadOnlyList<CaseClassification> Build()
    {
        var random = new Random(20230403);
        var sent = new List<CaseClassification>();
        var start = new DateOnly(2022, 9, 1);
        for (var i = 0; i < 120; i++)
        {
            var entry = start.AddDays(random.Next(0, 240));
            var roll = random.Next(100);
            var outcome = roll < 40 ? Outcome.Pending : roll < 80 ? Outcome.Verdict : roll < 90 ? Outcome.Dismissed : Outcome.ReturnedToProsecutor;
            var decision = outcome == Outcome.Pending || random.Next(20) == 0 ? "" : Iso(entry.AddDays(random.Next(10, 120)));
            var count = random.Next(100) < 80 ? 1 : random.Next(2, 4);
            var defendants = Enumerable.Range(1, count).Select(o => RandomDefendant(random, o, outcome)).ToArray();
            var card = Cards.Case($"gen-{i:D3}", Courts[random.Next(Courts.Length)], random.Next(12) == 0 ? "" : Iso(entry),
                outcome, decision, defendants);
            sent.Add(card);
            // Some cases get a later revision (a verdict lands), some a new rules version; sent before or after.
            if (random.Next(6) == 0)
            {
                var revised = Cards.Case(card.CaseId, card.Court.Code, card.EntryDate, Outcome.Verdict, Iso(entry.AddDays(30)),
                    [.. Enumerable.Range(1, count).Select(o => RandomDefendant(random, o, Outcome.Verdict))]).Revised(2, random.Next(1, 3));
                sent.Insert(random.Next(2) == 0 ? sent.Count - 1 : sent.Count, revised);
            }
        }

        sent.Add(Cards.Case("late-entry", LateEntryCourt, "2023-04-04", Outcome.Pending, "", Cards.Defendant(1, Cards.Charge("337", "5"))));
        sent.Add(Cards.Case("late-verdict", LateVerdictCourt, "2023-03-01", Outcome.Verdict, "2023-04-10",
            Cards.Defendant(1, Cards.Charge("337", "5")).Convicted(PunishmentKind.Imprisonment, 36),
            Cards.Defendant(2, Cards.Charge("337", "3.1"), Cards.Charge("337", "5")).Convicted(PunishmentKind.Suspended, 24),
            Cards.Defendant(3, Cards.Charge("334", "3")).Acquitted()));
        sent.Add(Cards.Case("sentences-1", SentencesCourt, "2023-01-10", Outcome.Verdict, "2023-03-01",
            Cards.Defendant(1, Cards.Charge("337", "5")).Convicted(PunishmentKind.Suspended, 60),
            Cards.Defendant(2, Cards.Charge("337", "5")).Convicted(PunishmentKind.Imprisonment, 60)));
        sent.Add(Cards.Case("sentences-2", SentencesCourt, "2023-01-11", Outcome.Verdict, "2023-03-02",
            Cards.Defendant(1, Cards.Charge("338", "3")).Convicted(PunishmentKind.Imprisonment, 84),
            Cards.Defendant(2, Cards.Charge("338", "3")).Convicted()));
        // AWOL beside desertion in one case: "article 337 with category desertion" must not match it.
        sent.Add(Cards.Case("mixed-articles", SentencesCourt, "2023-01-13", Outcome.Verdict, "2023-03-04",
            Cards.Defendant(1, Cards.Charge("337", "5")).Convicted(PunishmentKind.Suspended, 36),
            Cards.Defendant(2, Cards.Charge("338", "3")).Convicted(PunishmentKind.Imprisonment, 96)));
        sent.Add(Cards.Case("sentences-3", SentencesCourt, "2023-01-12", Outcome.Verdict, "2023-03-03",
            Cards.Defendant(1, Cards.Charge("337", "1")).Convicted(PunishmentKind.Suspended, 12)));
        return sent;
    }

    static DefendantClassification RandomDefendant(Random random, int ordinal, Outcome outcome)
    {
        var charges = Enumerable.Range(0, random.Next(100) < 75 ? 1 : 2)
            .Select(_ => Cards.KnownCharges[random.Next(Cards.KnownCharges.Length)])
            .Select(c => Cards.Charge(c.Article, c.Part))
            .ToArray();
        var defendant = Cards.Defendant(ordinal, charges);
        if (outcome != Outcome.Verdict)
            return defendant;
        if (random.Next(10) == 0)
            return defendant.Acquitted();
        PunishmentKind[] kinds = [PunishmentKind.Unspecified, PunishmentKind.Unspecified, PunishmentKind.Unspecified,
            PunishmentKind.Imprisonment, PunishmentKind.Suspended, PunishmentKind.Suspended, PunishmentKind.DisciplinaryUnit,
            PunishmentKind.Fine, PunishmentKind.CompulsoryLabour, PunishmentKind.Other];
        return defendant.Convicted(kinds[random.Next(kinds.Length)], random.Next(6, 120));
    }

    static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");
}
