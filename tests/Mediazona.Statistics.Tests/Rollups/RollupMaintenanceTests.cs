using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Figures;
using Mediazona.Statistics.Tests.Infrastructure;

namespace Mediazona.Statistics.Tests.Rollups;

/// <summary>
/// The rollups kept by ProjectionWriter against a recount of the cases after a mixed history: new cases, revisions that
/// move a case to another court, month, outcome or shape, late older revisions, redeliveries and cases that another
/// proceeding kind takes out of the figures. Every rollup: per case key, charge, court, and convicted defendants' sentences.
/// </summary>
public class RollupMaintenanceTests(StatisticsDatabase db) : IClassFixture<StatisticsDatabase>
{
    // The outcome class of CaseFigures.OutcomeClass, as SQL over every outcome.
    static readonly string OutcomeClass =
        $"case c.outcome {string.Join(' ', Enum.GetValues<Outcome>().Select(o => $"when {(int)o} then {(int)CaseFigures.OutcomeClass(o)}"))} end";

    // The recount: every rollup row from the cases and their shapes (a shape's charges through migration 008's view).
    static readonly string Recount = $"""
        with cases_now as (
            select c.case_id, c.court_code, c.court_name, c.mobilisation_era, date_trunc('month', c.entry_date)::date as entry_month,
                   date_trunc('month', c.decision_date)::date as decision_month, {OutcomeClass} as outcome_class, s.*
            from cases c join case_shapes s on s.shape_id = c.shape_id)
        select format('%s|%s|%s|%s|%s|%s|%s|%s|%s', mobilisation_era, entry_month, decision_month, outcome_class,
                      count(*), sum(defendant_count), sum(convicted_count), sum(acquitted_count), sum(known_count) || '/' || sum(suspended_count))
        from cases_now group by mobilisation_era, entry_month, decision_month, outcome_class
        union all
        select format('%s|%s|%s|%s|%s:%s:%s:%s|%s|%s|%s|%s|%s/%s', n.mobilisation_era, n.entry_month, n.decision_month, n.outcome_class,
                      k.kind, k.article, k.part, k.category, count(*), sum(k.people), sum(k.convicted), sum(k.acquitted),
                      sum(k.known), sum(k.suspended))
        from cases_now n
        join shape_charges k on k.shape_id = n.shape_id
        group by n.mobilisation_era, n.entry_month, n.decision_month, n.outcome_class, k.kind, k.article, k.part, k.category
        union all
        select format('court %s %s|%s|%s|%s|%s|%s|%s|%s|%s|%s/%s', court_code, court_name, mobilisation_era, entry_month, decision_month,
                      outcome_class, count(*), sum(defendant_count), sum(convicted_count), sum(acquitted_count), sum(known_count), sum(suspended_count))
        from cases_now group by court_code, court_name, mobilisation_era, entry_month, decision_month, outcome_class
        union all
        select format('sentence %s|%s|%s|%s|%s:%s:%s|%s', n.mobilisation_era, n.entry_month, n.decision_month, n.outcome_class,
                      a.article, d.punishment_kind, d.term_months, count(*))
        from cases_now n
        join defendants d on d.case_id = n.case_id and d.convicted
        cross join lateral unnest(d.charge_articles) as a(article)
        group by n.mobilisation_era, n.entry_month, n.decision_month, n.outcome_class, a.article, d.punishment_kind, d.term_months
        """;

    // The same lines from the rollups: a charge row once for every kind it counts for (Rollups/ChargeRollupRow); rows
    // counted down to nothing are no rows.
    const string Kept = """
        select format('%s|%s|%s|%s|%s|%s|%s|%s|%s', mobilisation_era, entry_date, decision_date, outcome,
                      cases, defendants, convicted, acquitted, known || '/' || suspended)
        from case_rollup where cases <> 0
        union all
        select format('%s|%s|%s|%s|%s:%s:%s:%s|%s|%s|%s|%s|%s/%s', mobilisation_era, entry_date, decision_date, outcome,
                      kind, article, part, category, sum(cases), sum(defendants), sum(convicted), sum(acquitted), sum(known), sum(suspended))
        from (select r.mobilisation_era, r.entry_date, r.decision_date, r.outcome, k.kind,
                     case when k.kind = 'c' then '' else r.article end as article, case when k.kind = 'p' then r.part else '' end as part,
                     r.category, r.cases, r.defendants, r.convicted, r.acquitted, r.known, r.suspended
              from charge_rollup r cross join lateral unnest(string_to_array(r.kind, null)) as k(kind)) x
        group by mobilisation_era, entry_date, decision_date, outcome, kind, article, part, category
        having sum(cases) <> 0
        union all
        select format('court %s %s|%s|%s|%s|%s|%s|%s|%s|%s|%s/%s', court_code, court_name, mobilisation_era, entry_date, decision_date,
                      outcome, cases, defendants, convicted, acquitted, known, suspended)
        from court_rollup where cases <> 0
        union all
        select format('sentence %s|%s|%s|%s|%s:%s:%s|%s', mobilisation_era, entry_date, decision_date, outcome, article, kind, term, defendants)
        from sentence_rollup where defendants <> 0
        """;

    [Fact]
    public async Task The_rollups_equal_a_recount_of_the_cases_after_revisions_replays_and_removals()
    {
        var random = new Random(18);
        string[] courts = ["46GV0001", "35GV0002", "35GV0003"];
        (string Article, string Part)[] charges = [("337", "5"), ("337", "3.1"), ("338", "3"), ("334", "3"), ("228", "2")];
        PunishmentKind[] kinds = [PunishmentKind.Unspecified, PunishmentKind.Imprisonment, PunishmentKind.Suspended, PunishmentKind.Fine];
        var revisions = new Dictionary<string, int>();

        CaseClassification Card(string id, int revision)
        {
            var entry = new DateOnly(2022, 10, 1).AddDays(random.Next(300));
            var outcome = random.Next(3) switch { 0 => Outcome.Pending, 1 => Outcome.Verdict, _ => Outcome.Dismissed };
            var defendants = Enumerable.Range(1, 1 + random.Next(3)).Select(o =>
            {
                var picked = Enumerable.Range(0, 1 + random.Next(2)).Select(_ => charges[random.Next(charges.Length)]).Distinct();
                var d = Cards.Defendant(o, [.. picked.Select(c => Cards.Charge(c.Article, c.Part))]);
                return outcome != Outcome.Verdict ? d : random.Next(5) == 0 ? d.Acquitted() : d.Convicted(kinds[random.Next(kinds.Length)], 6 + random.Next(60));
            }).ToArray();
            var card = Cards.Case(id, courts[random.Next(courts.Length)], entry.ToString("yyyy-MM-dd"), outcome,
                outcome == Outcome.Pending ? "" : entry.AddDays(20 + random.Next(90)).ToString("yyyy-MM-dd"), defendants).Revised(revision);
            card.HasPublishedAct = random.Next(2) == 0;
            // A court is sometimes named otherwise by a revision: the court rollup keeps its name.
            card.Court.Name = random.Next(4) == 0 ? "Гарнизонный военный суд" : $"Военный суд {card.Court.Code}";
            return card;
        }

        for (var round = 0; round < 12; round++)
        {
            var batch = new List<CaseClassification>();
            for (var i = 0; i < 25; i++)
            {
                var id = $"r{random.Next(60)}";
                var revision = revisions.GetValueOrDefault(id);
                var card = random.Next(10) switch
                {
                    // A late, older revision (changes nothing), or a redelivery of the current one.
                    0 when revision > 1 => Card(id, revision - 1),
                    1 when revision > 0 => Card(id, revision),
                    // A newer revision of another proceeding: the case leaves the figures.
                    2 => Card(id, revision + 1).Of(ProceedingKind.CriminalCassation),
                    _ => Card(id, revision + 1),
                };
                revisions[id] = Math.Max(revision, card.Revision);
                batch.Add(card);
            }
            await db.Writer.ApplyAsync(Cards.Batch(batch), CancellationToken.None);
        }

        Assert.Equal((await Lines(Recount)).Order(StringComparer.Ordinal), (await Lines(Kept)).Order(StringComparer.Ordinal));
        Assert.Contains(await Lines(Kept), line => line.StartsWith("court ", StringComparison.Ordinal));
        Assert.Contains(await Lines(Kept), line => line.StartsWith("sentence ", StringComparison.Ordinal));
    }

    async Task<List<string>> Lines(string sql)
    {
        await using var command = db.DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
            lines.Add(reader.GetString(0));
        return lines;
    }
}
