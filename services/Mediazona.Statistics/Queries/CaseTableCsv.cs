using System.Globalization;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Statistics.Queries;

/// <summary>The case table as RFC 4180 CSV (comma, CRLF, quotes doubled). Pure.</summary>
public static class CaseTableCsv
{
    public const string Header =
        "case_id,court_code,court_name,case_number,entry_date,decision_date,outcome,has_published_act,defendant,convicted,acquitted,charges,primary_category,punishment_kind,term_months,probation_months,punishment_source,penalty_kind,regime,fine_rubles,withholding_percent,compulsory_hours,additional_fine_rubles,additional_restriction_of_freedom_months,additional_ban_on_posts_months,additional_deprivation_of_rank,name_hidden\r\n";

    public static string Line(CaseTableRow r) => string.Join(',',
        Field(r.CaseId), Field(r.CourtCode), Field(r.CourtName), Field(r.CaseNumber), r.EntryDate, r.DecisionDate,
        Name(r.Outcome), Bool(r.HasPublishedAct), Number(r.DefendantOrdinal), Bool(r.Convicted), Bool(r.Acquitted),
        Field(r.Charges), Name(r.PrimaryCategory), Name(r.PunishmentKind), Number(r.TermMonths), Number(r.ProbationMonths),
        Name(r.PunishmentSource), Name(r.PenaltyKind), Name(r.Regime), Number(r.FineRubles), Number(r.WithholdingPercent),
        Number(r.CompulsoryHours), Number(r.AdditionalFineRubles), Number(r.AdditionalRestrictionOfFreedomMonths),
        Number(r.AdditionalBanOnPostsMonths), Bool(r.AdditionalDeprivationOfRank), Bool(r.NameHidden)) + "\r\n";

    /// <summary>Quoted when it holds a comma, a quote or a line break (or would be read as a formula by a spreadsheet).</summary>
    public static string Field(string value)
    {
        // A leading =, +, - or @ makes spreadsheets evaluate the cell: a quote-prefixed value stays text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    static string Name<T>(T value) where T : struct, Enum => value.ToString();
    static string Bool(bool value) => value ? "true" : "false";
    static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
