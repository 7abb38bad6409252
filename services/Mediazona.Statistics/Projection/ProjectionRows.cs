namespace Mediazona.Statistics.Projection;

/// <summary>One case as the projection stores it (enums as their protobuf numbers).</summary>
public sealed record CaseRow(
    string CaseId,
    int Revision,
    int RulesVersion,
    string CourtCode,
    string CaseNumber,
    DateOnly? EntryDate,
    DateOnly? DecisionDate,
    short Outcome,
    bool MobilisationEra,
    bool GroupCase,
    bool HasPublishedAct,
    string CourtName = "",
    string SourceUrl = "",
    DateTimeOffset? FetchedAt = null,
    string PageSha256 = "");

/// <summary>One defendant of a case with the known punishment and the primary (gravest) charge.</summary>
public sealed record DefendantRow(
    string CaseId,
    int Ordinal,
    bool Convicted,
    bool Acquitted,
    short PunishmentKind,
    int TermMonths,
    int ProbationMonths,
    short PunishmentSource,
    string PrimaryArticle,
    string PrimaryPart,
    short PrimaryCategory,
    bool PrimaryMobilisationEra,
    SentenceDetail? Detail = null);

/// <summary>
/// What a sentence says beyond the kind the figures read: the art. 44 kind of the main punishment with its regime, fine,
/// withheld percent and hours, and the additional punishments (the largest of each kind when a text names one twice).
/// </summary>
public sealed record SentenceDetail(
    short PenaltyKind,
    short Regime,
    long FineRubles,
    int WithholdingPercent,
    int CompulsoryHours,
    long AdditionalFineRubles,
    int AdditionalRestrictionMonths,
    int AdditionalBanMonths,
    bool AdditionalRankDeprived,
    bool NameHidden)
{
    public static readonly SentenceDetail None = new(0, 0, 0, 0, 0, 0, 0, 0, false, false);
}

/// <summary>One distinct (article, part) a defendant is charged under, with the art. 30 stage and art. 33 role written with it.</summary>
public sealed record ChargeRow(
    string CaseId,
    int Ordinal,
    string Article,
    string Part,
    short Category,
    bool MobilisationEra,
    short Stage = 0,
    short Complicity = 0);

/// <summary>A case of a batch that cannot be projected, and why.</summary>
public sealed record RejectedCase(string CaseId, string Reason);

/// <summary>A case of another proceeding (cassation, КоАП…): not counted, and removed if an older revision was.</summary>
public sealed record UncountedCase(string CaseId, int Revision, int RulesVersion, short ProceedingKind);

/// <summary>
/// The rows of a batch: at most one case per case id (the newest of the batch), with its defendants and
/// charges and its figure vector (parallel to Cases), plus the cases that were rejected and those of other proceedings.
/// </summary>
public sealed record ProjectionBatch(
    IReadOnlyList<CaseRow> Cases,
    IReadOnlyList<DefendantRow> Defendants,
    IReadOnlyList<ChargeRow> Charges,
    IReadOnlyList<RejectedCase> Rejected,
    IReadOnlyList<UncountedCase> Uncounted,
    IReadOnlyList<Figures.CaseVector> Vectors);
