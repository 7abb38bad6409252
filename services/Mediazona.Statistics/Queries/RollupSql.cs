namespace Mediazona.Statistics.Queries;

/// <summary>
/// How the aggregates read the rollups (migration 008) exactly for any day. A rollup row holds the cases of one month
/// of entry and one month of decision; a month that no filter date (as-of, entry from, entry to) falls in counts the
/// same for every day of it, so those rows are filtered and counted like cases. The cases of the edge months (entered
/// in the month of as-of or of an entry-range bound, or decided in the month of as-of) are read from <c>cases</c>
/// instead: <see cref="EdgeCase"/> and <see cref="NotEdgeRollup"/> split the cases in two, with nothing counted twice.
/// Used when the request names no court and no charge (<see cref="SummaryFilter.ReadsRollups"/>).
/// </summary>
public static class RollupSql
{
    // Through timestamp (not timestamptz): date_trunc is then immutable and the planner folds each month once, instead
    // of computing it for every rollup row (courts at 1 M cases: the court_rollup scan 61 -> 26 ms).
    static string Month(string date) => $"date_trunc('month', {date}::timestamp)::date";

    static string In(string column, string date) => $"({column} >= {Month(date)} and {column} < ({Month(date)} + interval '1 month')::date)";

    /// <summary>A case (aliased <c>c</c>) of an edge month: counted from <c>cases</c>.</summary>
    public static readonly string EdgeCase = $"""
        ({In("c.entry_date", "$1")} or ($7::date is not null and {In("c.entry_date", "$7")})
         or ($8::date is not null and {In("c.entry_date", "$8")}) or {In("c.decision_date", "$1")})
        """;

    /// <summary>A rollup row (aliased <c>c</c>) of months that are not edges: counted from the rollup.</summary>
    public static readonly string NotEdgeRollup = $"""
        not coalesce(c.entry_date = {Month("$1")} or c.entry_date = {Month("$7::date")} or c.entry_date = {Month("$8::date")}
                     or c.decision_date = {Month("$1")}, false)
        """;

    /// <summary>The court filter of <see cref="FilterSql.Where"/>, for court_rollup rows aliased <c>c</c>.</summary>
    public const string InCourts = "(cardinality($3::text[]) = 0 or c.court_code = any($3))";

    /// <summary>A charge_rollup row aliased <c>c</c> counts for a kind ('c', 'a' or 'p') when its kinds name it (Rollups/ChargeRollupRow).</summary>
    public static string CountsFor(char kind) => $"strpos(c.kind, '{kind}') > 0";
}
