using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Statistics.Figures;

/// <summary>
/// The figures of a case that depend on the as-of date, each defined once: as a C# predicate, and beside it the same
/// predicate as SQL over <c>cases c</c> with the as-of date in <c>$1</c> (derived from the proto enums by name; the
/// figure tests check that both agree on every combination of outcome and dates).
/// </summary>
public static class CaseFigures
{
    /// <summary>Received by as-of: the case entered the court on or before the date.</summary>
    public static bool ReceivedBy(DateOnly? entry, DateOnly asOf) => entry is { } e && e <= asOf;
    public const string ReceivedBySql = "c.entry_date <= $1";

    /// <summary>Verdict by as-of: the outcome is a verdict decided on or before the date.</summary>
    public static bool VerdictBy(Outcome outcome, DateOnly? decision, DateOnly asOf) =>
        outcome == Outcome.Verdict && decision is { } d && d <= asOf;
    public static readonly string VerdictBySql = $"(c.outcome = {SqlLiteral.Number(Outcome.Verdict)} and c.decision_date <= $1)";

    /// <summary>
    /// Pending at as-of: no decision known on the date (the outcome says pending or nothing, or there is no decision date
    /// or it comes later). A case dismissed or returned by the date is neither pending nor a verdict.
    /// </summary>
    public static bool PendingAt(Outcome outcome, DateOnly? decision, DateOnly asOf) =>
        outcome is Outcome.Unspecified or Outcome.Pending || decision is not { } d || d > asOf;
    public static readonly string PendingAtSql =
        $"(c.outcome in ({SqlLiteral.Numbers(Outcome.Unspecified, Outcome.Pending)}) or c.decision_date is null or c.decision_date > $1)";

    /// <summary>Decided by as-of (any outcome): facts decided later are blanked in the case table.</summary>
    public static bool DecidedBy(DateOnly? decision, DateOnly asOf) => decision is { } d && d <= asOf;
    public const string DecidedBySql = "c.decision_date <= $1";

    /// <summary>The outcome as known at as-of: a decision taken later shows as pending (the case table).</summary>
    public static Outcome OutcomeAt(Outcome outcome, DateOnly? decision, DateOnly asOf) =>
        DecidedBy(decision, asOf) || outcome is Outcome.Unspecified or Outcome.Pending ? outcome : Outcome.Pending;
    public static readonly string OutcomeAtSql =
        $"case when {DecidedBySql} or c.outcome in ({SqlLiteral.Numbers(Outcome.Unspecified, Outcome.Pending)}) then c.outcome else {SqlLiteral.Number(Outcome.Pending)}::smallint end";

    /// <summary>
    /// The outcome standing for its class in the rollups: every as-of figure above reads only whether an outcome is
    /// pending-like (UNSPECIFIED, PENDING), a verdict, or another decision, so one outcome per class counts the same.
    /// </summary>
    public static Outcome OutcomeClass(Outcome outcome) => outcome switch
    {
        Outcome.Unspecified or Outcome.Pending => Outcome.Pending,
        Outcome.Verdict => Outcome.Verdict,
        _ => Outcome.Dismissed,
    };

    /// <summary>Published act: a verdict by as-of whose judicial act is published.</summary>
    public static bool PublishedActBy(Outcome outcome, DateOnly? decision, bool hasPublishedAct, DateOnly asOf) =>
        VerdictBy(outcome, decision, asOf) && hasPublishedAct;
    public static readonly string PublishedActBySql = $"({VerdictBySql} and c.has_published_act)";

    /// <summary>Mobilisation-era: the case as classification marks it (a charge of the mobilisation-era articles); the default filter.</summary>
    public static bool MobilisationEra(CaseClassification c) => c.MobilisationEra;
    public const string MobilisationEraSql = "c.mobilisation_era";
}
