namespace Mediazona.Releases.Schema;

/// <summary>
/// The tables of a release and their columns, said once: the Parquet and CSV writers, the reader, the delta and the
/// codebook all take them from here. Figure names in <see cref="ReleaseColumn.Feeds"/> are the statistics' own (the
/// codebook prints each one's definition as the statistics give it).
/// </summary>
public static class ReleaseTables
{
    public static readonly ReleaseTableSpec Cases = new("cases", "a case as its latest revision says, classified under the release's rules version", ["case_id"],
    [
        new("case_id", ColumnType.Text, "The suite's case id: 32 hex characters from court code, case number and УИД."),
        new("revision", ColumnType.Number, "The revision counted (1 = first seen); revisions.parquet has every one."),
        new("rules_version", ColumnType.Number, "The classification rules version the case was classified under."),
        new("court_code", ColumnType.Text, "The court's code (courts.parquet)."),
        new("case_number", ColumnType.Text, "The case number as the court prints it («1-123/2023»)."),
        new("proceeding_kind", ColumnType.Text, "Which proceeding the card belongs to (CRIMINAL_FIRST_INSTANCE, CRIMINAL_APPEAL, ...); only first-instance criminal cases are counted.", "counted"),
        new("counted", ColumnType.Boolean, "Whether the statistics count the case (a first-instance criminal case).", "counted"),
        new("entry_date", ColumnType.Date, "The day the court received the case.", "received"),
        new("decision_date", ColumnType.Date, "The day of the decision, when there is one.", "verdict", "pending"),
        new("outcome", ColumnType.Text, "The outcome (VERDICT, RETURNED_TO_PROSECUTOR, DISMISSED, ...).", "verdict", "pending"),
        new("mobilisation_era", ColumnType.Boolean, "Charged under a part added or changed on 24 September 2022 (the study's scope).", "mobilisation_era"),
        new("group_case", ColumnType.Boolean, "More than one defendant."),
        new("has_published_act", ColumnType.Boolean, "The card shows a published judicial act.", "published_act"),
        new("defendants", ColumnType.Number, "Number of defendants (defendants.parquet)."),
    ]);

    public static readonly ReleaseTableSpec Defendants = new("defendants", "a defendant of a case", ["case_id", "ordinal"],
    [
        new("case_id", ColumnType.Text, "The case (cases.parquet)."),
        new("ordinal", ColumnType.Number, "The defendant's place on the card (1, 2, ...)."),
        new("name_hidden", ColumnType.Boolean, "The card hides the name («Информация скрыта»)."),
        new("convicted", ColumnType.Boolean, "The case ended in a verdict and the defendant was not acquitted.", "convicted"),
        new("acquitted", ColumnType.Boolean, "Acquitted.", "acquitted"),
        new("punishment_kind", ColumnType.Text, "The main punishment's coarse kind (IMPRISONMENT = real, SUSPENDED, ...; empty when unknown).", "known_sentence", "real", "suspended"),
        new("term_months", ColumnType.Number, "The main punishment's term in months (suspended: the nominal term)."),
        new("probation_months", ColumnType.Number, "Probation in months (suspended sentences)."),
        new("punishment_source", ColumnType.Text, "Where the punishment is known from (PUBLISHED_ACT, PRESS_RELEASE, ...).", "known_sentence"),
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
    ]);

    public static readonly ReleaseTableSpec Courts = new("courts", "a military court of the registry", ["court_code"],
    [
        new("court_code", ColumnType.Text, "The court's code (e.g. 46GV0001)."),
        new("name", ColumnType.Text, "Its name."),
        new("level", ColumnType.Text, "GARRISON, DISTRICT, APPEAL or CASSATION."),
        new("district_code", ColumnType.Text, "The district or fleet court above it (empty at the top)."),
        new("region", ColumnType.Text, "The region it sits in."),
        new("host", ColumnType.Text, "Its site's host."),
    ]);

    public static readonly ReleaseTableSpec Revisions = new("revisions", "a stored revision of a case: where and when its content was seen", ["case_id", "revision"],
    [
        new("case_id", ColumnType.Text, "The case (cases.parquet)."),
        new("revision", ColumnType.Number, "1, 2, ...: each a change of what the case says."),
        new("content_hash", ColumnType.Text, "SHA-256 of what the revision says (provenance left out)."),
        new("source_url", ColumnType.Text, "The card page it came from (empty for structured submissions)."),
        new("fetched_at", ColumnType.Timestamp, "When the collector fetched that page (null for pages saved by hand)."),
        new("page_sha256", ColumnType.Text, "SHA-256 of the page's bytes as received, to match an archived copy."),
    ]);

    /// <summary>Every table, in the order the files are listed.</summary>
    public static readonly IReadOnlyList<ReleaseTableSpec> All = [Cases, Defendants, Charges, Courts, Revisions];
}
