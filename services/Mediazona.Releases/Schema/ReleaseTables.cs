namespace Mediazona.Releases.Schema;

/// <summary>
/// The tables of a release and their columns, said once: the Parquet and CSV writers, the reader, the delta and the
/// codebook all take them from here. Figure names in <see cref="ReleaseColumn.Feeds"/> are the statistics' own (the
/// codebook prints each one's definition as the statistics give it).
/// </summary>
public static class ReleaseTables
{
    public static readonly ReleaseTableSpec Cases = new("cases", "a first-instance criminal case received by the as-of date, as its latest revision says (facts decided after the as-of date left out)", ["case_id"],
    [
        new("case_id", ColumnType.Text, "The suite's case id: 32 hex characters from court code, case number and УИД."),
        new("revision", ColumnType.Number, "The revision counted (1 = first seen); revisions.parquet says where it came from."),
        new("rules_version", ColumnType.Number, "The classification rules version the case was classified under."),
        new("court_code", ColumnType.Text, "The court's code (courts.parquet)."),
        new("case_number", ColumnType.Text, "The case number as the court prints it («1-123/2023»)."),
        new("entry_date", ColumnType.Date, "The day the court received the case.", "received"),
        new("decision_date", ColumnType.Date, "The day of the decision, when there is one by the as-of date (empty: none yet).", "verdict", "pending"),
        new("outcome", ColumnType.Text, "The outcome as known on the as-of date (VERDICT, RETURNED_TO_PROSECUTOR, DISMISSED, ...; PENDING when decided later, empty when the card says nothing).", "verdict", "pending"),
        new("mobilisation_era", ColumnType.Boolean, "Charged under a part added or changed on 24 September 2022 (the study's scope).", "mobilisation_era"),
        new("group_case", ColumnType.Boolean, "More than one defendant."),
        new("has_published_act", ColumnType.Boolean, "The card shows a published judicial act of a decision by the as-of date.", "published_act"),
        new("defendants", ColumnType.Number, "Number of defendants (defendants.parquet)."),
    ]);

    public static readonly ReleaseTableSpec Defendants = new("defendants", "a defendant of a case", ["case_id", "ordinal"],
    [
        new("case_id", ColumnType.Text, "The case (cases.parquet)."),
        new("ordinal", ColumnType.Number, "The defendant's place on the card (1, 2, ...)."),
        new("name_hidden", ColumnType.Boolean, "The card hides the name («Информация скрыта»)."),
        new("convicted", ColumnType.Boolean, "The case ended in a verdict by the as-of date and the defendant was not acquitted.", "convicted"),
        new("acquitted", ColumnType.Boolean, "Acquitted by the as-of date.", "acquitted"),
        new("punishment_kind", ColumnType.Text, "The main punishment's coarse kind (IMPRISONMENT = real, SUSPENDED, ...; empty when unknown or decided after the as-of date).", "known_sentence", "real", "suspended"),
        new("term_months", ColumnType.Number, "The main punishment's term in months (suspended: the nominal term); 0 when unknown."),
        new("probation_months", ColumnType.Number, "Probation in months (suspended sentences)."),
        new("punishment_source", ColumnType.Text, "Where the punishment is known from (PUBLISHED_ACT, PRESS_RELEASE, ...).", "known_sentence"),
        new("penalty_kind", ColumnType.Text, "The main punishment's kind of art. 44 (FINE, DEPRIVATION_OF_LIBERTY, DISCIPLINARY_UNIT, ...; empty when unknown)."),
        new("regime", ColumnType.Text, "The colony regime of a real term (SETTLEMENT, GENERAL, STRICT, SPECIAL; empty when none is said)."),
        new("fine_rubles", ColumnType.Amount, "A fine as the main punishment, in roubles (0: none)."),
        new("withholding_percent", ColumnType.Number, "The percent of pay withheld (corrective labour, restriction in military service; 0: none)."),
        new("compulsory_hours", ColumnType.Number, "Hours of compulsory works (0: none)."),
        new("additional_fine_rubles", ColumnType.Amount, "An additional fine, in roubles (0: none)."),
        new("additional_restriction_months", ColumnType.Number, "Additional restriction of freedom, in months (0: none)."),
        new("additional_ban_months", ColumnType.Number, "An additional ban on holding posts, in months (0: none)."),
        new("additional_rank_deprived", ColumnType.Boolean, "Deprived of the military rank as an additional punishment."),
        new("primary_article", ColumnType.Text, "The gravest charge's article."),
        new("primary_part", ColumnType.Text, "The gravest charge's part."),
        new("primary_category", ColumnType.Text, "The gravest charge's category (AWOL, DESERTION, ...)."),
    ]);

    public static readonly ReleaseTableSpec Charges = new("charges", "one (article, part) a defendant is charged under", ["case_id", "ordinal", "article", "part"],
    [
        new("case_id", ColumnType.Text, "The case (cases.parquet)."),
        new("ordinal", ColumnType.Number, "The defendant (defendants.parquet)."),
        new("article", ColumnType.Text, "Article of the Criminal Code (УК РФ only: other codes and sentencing articles are not charges).", "charge_keys"),
        new("part", ColumnType.Text, "Part of the article; empty when none.", "charge_keys"),
        new("category", ColumnType.Text, "What the rules say the article and part are (AWOL, DESERTION, ..., NON_MILITARY)."),
        new("mobilisation_era", ColumnType.Boolean, "The part was added or changed on 24 September 2022.", "mobilisation_era"),
        new("stage", ColumnType.Text, "The stage of art. 30 (PREPARATION, ATTEMPT; empty: a completed offence).", "charge_keys"),
        new("complicity", ColumnType.Text, "The role of art. 33 (ORGANISER, INSTIGATOR, ACCESSORY, ...; empty when none is said)."),
    ]);

    public static readonly ReleaseTableSpec Courts = new("courts", "a court with a case in the release", ["court_code"],
    [
        new("court_code", ColumnType.Text, "The court's code (e.g. 46GV0001)."),
        new("name", ColumnType.Text, "Its name as its cards give it."),
        new("level", ColumnType.Text, "GARRISON, DISTRICT, APPEAL or CASSATION (empty for a court the registry lacks; so the next three)."),
        new("district_code", ColumnType.Text, "The district or fleet court it belongs to (empty at the top)."),
        new("region", ColumnType.Text, "The region it sits in."),
        new("host", ColumnType.Text, "Its site's host."),
    ]);

    public static readonly ReleaseTableSpec Revisions = new("revisions", "the revision of a case the release counts: where and when its content was seen", ["case_id", "revision"],
    [
        new("case_id", ColumnType.Text, "The case (cases.parquet)."),
        new("revision", ColumnType.Number, "1, 2, ...: each a change of what the case says (the case's whole history: GET /api/v1/cases:lookup)."),
        new("source_url", ColumnType.Text, "The card page it came from (empty for structured submissions and annotations)."),
        new("fetched_at", ColumnType.Timestamp, "When the collector fetched that page (null for pages saved by hand)."),
        new("page_sha256", ColumnType.Text, "SHA-256 of the page's bytes as received, to match an archived copy."),
    ]);

    public static readonly ReleaseTableSpec Completeness = new("completeness",
        "a court's month of entry: the cases seen, those its case numbers say exist but the suite has not seen, and what is hidden of those seen",
        ["court_code", "year", "month"],
    [
        new("court_code", ColumnType.Text, "The court (courts.parquet)."),
        new("year", ColumnType.Number, "The year of entry."),
        new("month", ColumnType.Number, "The month of entry (1-12)."),
        new("seen", ColumnType.Number, "Cases of the release received that month (a case number seen twice in a court counts once)."),
        new("estimated_unseen", ColumnType.Number, "Numbers missing between the lowest and highest seen in the court's sequence (register and year, «1-123/2023»), "
            + "dated between their neighbours' entry dates: cases the court's site does not show, or the suite has not collected yet."),
        new("decided", ColumnType.Number, "Of those seen, the cases decided by the as-of date."),
        new("decided_without_published_act", ColumnType.Number, "Of those decided, the cases whose card shows no published judicial act."),
        new("names_hidden", ColumnType.Number, "Of those seen, the cases whose defendants' names are all hidden («Информация скрыта»)."),
    ]);

    /// <summary>Every table, in the order the files are listed.</summary>
    public static readonly IReadOnlyList<ReleaseTableSpec> All = [Cases, Defendants, Charges, Courts, Revisions, Completeness];
}
