using Mediazona.Cli.Output;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Statistics;

/// <summary>ListCases: a row per defendant, the columns (and CSV) of the service's own GET /api/v1/stats/cases.csv.</summary>
internal static class CaseSheets
{
    static readonly Column[] Columns =
    [
        new("case_id", "Case id", CellKind.Text) { InTable = false },
        new("court_code", "Court", CellKind.Text),
        new("court_name", "Court name", CellKind.Text) { InTable = false },
        new("case_number", "Case", CellKind.Text),
        new("entry_date", "Received", CellKind.Text),
        new("decision_date", "Decided", CellKind.Text),
        new("outcome", "Outcome", CellKind.Text),
        new("has_published_act", "Act", CellKind.Flag),
        new("defendant", "#"),
        new("convicted", "Convicted", CellKind.Flag),
        new("acquitted", "Acquitted", CellKind.Flag) { InTable = false },
        new("charges", "Charges", CellKind.Text),
        new("primary_category", "Category", CellKind.Text),
        new("punishment_kind", "Punishment", CellKind.Text),
        new("term_months", "Term, months", CellKind.Months),
        new("probation_months", "Probation, months", CellKind.Months),
        new("punishment_source", "Source", CellKind.Text),
        new("penalty_kind", "Kind (art. 44)", CellKind.Text) { InTable = false },
        new("regime", "Regime", CellKind.Text) { InTable = false },
        new("fine_rubles", "Fine, roubles", CellKind.Count) { InTable = false },
        new("withholding_percent", "Withheld, %", CellKind.Count) { InTable = false },
        new("compulsory_hours", "Hours", CellKind.Count) { InTable = false },
        new("additional_fine_rubles", "Added fine, roubles", CellKind.Count) { InTable = false },
        new("additional_restriction_of_freedom_months", "Added restriction of freedom, months", CellKind.Months) { InTable = false },
        new("additional_ban_on_posts_months", "Added ban on posts, months", CellKind.Months) { InTable = false },
        new("additional_deprivation_of_rank", "Rank taken", CellKind.Flag) { InTable = false },
        new("name_hidden", "Name hidden", CellKind.Flag) { InTable = false },
    ];

    public static IReadOnlyList<Sheet> Of(ListCasesResponse r) =>
    [
        new("Cases", Columns, [.. r.Rows.Select(Row)])
        {
            Notes = [$"{r.Rows.Count} defendants", IntakeSheets.Version(r.DataVersion)],
        },
    ];

    static object[] Row(CaseTableRow r) =>
    [
        r.CaseId, r.CourtCode, r.CourtName, r.CaseNumber, r.EntryDate, r.DecisionDate, r.Outcome.ToString(), r.HasPublishedAct,
        r.DefendantOrdinal, r.Convicted, r.Acquitted, r.Charges, r.PrimaryCategory.ToString(), r.PunishmentKind.ToString(),
        r.TermMonths, r.ProbationMonths, r.PunishmentSource.ToString(), r.PenaltyKind.ToString(), r.Regime.ToString(), r.FineRubles,
        r.WithholdingPercent, r.CompulsoryHours, r.AdditionalFineRubles, r.AdditionalRestrictionOfFreedomMonths,
        r.AdditionalBanOnPostsMonths, r.AdditionalDeprivationOfRank, r.NameHidden,
    ];
}
