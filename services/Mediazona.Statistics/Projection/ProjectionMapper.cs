using System.Globalization;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Events.V1;
using Mediazona.Statistics.Figures;

namespace Mediazona.Statistics.Projection;

/// <summary>Maps classified cases to projection rows. Pure: no I/O.</summary>
public static class ProjectionMapper
{
    public static ProjectionBatch Map(CasesClassified batch)
    {
        var rejected = new List<RejectedCase>();
        var newest = new Dictionary<string, CaseClassification>(StringComparer.Ordinal);
        foreach (var classification in batch.Cases.Select(c => c.Classification).Where(c => c is not null))
        {
            if (Validate(classification) is { } reason)
            {
                rejected.Add(new RejectedCase(classification.CaseId, reason));
                continue;
            }
            // A batch may carry the same case twice (e.g. a replay next to a new revision): keep the newest.
            if (!newest.TryGetValue(classification.CaseId, out var seen) || IsNewer(classification, seen))
                newest[classification.CaseId] = classification;
        }

        var cases = new List<CaseRow>(newest.Count);
        var defendants = new List<DefendantRow>();
        var charges = new List<ChargeRow>();
        var uncounted = new List<UncountedCase>();
        var vectors = new List<CaseVector>(newest.Count);
        // Sorted by case id so that concurrent writers lock case rows in the same order (no deadlocks).
        foreach (var classification in newest.Values.OrderBy(c => c.CaseId, StringComparer.Ordinal))
        {
            if (!IsCounted(classification.ProceedingKind))
            {
                uncounted.Add(new UncountedCase(classification.CaseId, classification.Revision, classification.RulesVersion, (short)classification.ProceedingKind));
                continue;
            }
            cases.Add(ToCaseRow(classification));
            var (firstDefendant, firstCharge) = (defendants.Count, charges.Count);
            foreach (var defendant in classification.Defendants)
            {
                defendants.Add(ToDefendantRow(classification.CaseId, defendant));
                charges.AddRange(ToChargeRows(classification.CaseId, defendant));
            }
            // The case's figure vector, computed here once from the rows just mapped (written with the case row).
            vectors.Add(CaseVector.Of(classification.CaseId, defendants[firstDefendant..], charges[firstCharge..]));
        }
        return new ProjectionBatch(cases, defendants, charges, rejected, uncounted, vectors);
    }

    /// <summary>
    /// The statistics are about first-instance criminal cases. UNSPECIFIED counts as one: structured submissions and cards
    /// stored before ingestion read kinds say nothing, and were all first-instance criminal cases.
    /// </summary>
    public static bool IsCounted(ProceedingKind kind) => kind is ProceedingKind.Unspecified or ProceedingKind.CriminalFirstInstance;

    /// <summary>Revision first, then rules version: the order the projection keeps (equal = redelivery).</summary>
    public static bool IsNewer(CaseClassification candidate, CaseClassification current) =>
        candidate.Revision != current.Revision
            ? candidate.Revision > current.Revision
            : candidate.RulesVersion > current.RulesVersion;

    static string? Validate(CaseClassification c)
    {
        if (string.IsNullOrWhiteSpace(c.CaseId))
            return "case_id is empty";
        if (c.Revision < 1)
            return $"revision {c.Revision} is not positive";
        if (!TryParseDate(c.EntryDate, out _))
            return $"entry_date '{c.EntryDate}' is not YYYY-MM-DD";
        if (!TryParseDate(c.DecisionDate, out _))
            return $"decision_date '{c.DecisionDate}' is not YYYY-MM-DD";
        var ordinals = c.Defendants.Select(d => d.Ordinal).ToList();
        if (ordinals.Distinct().Count() != ordinals.Count)
            return "defendant ordinals repeat";
        return null;
    }

    static CaseRow ToCaseRow(CaseClassification c)
    {
        return new CaseRow(c.CaseId, c.Revision, c.RulesVersion, c.Court?.Code ?? "", c.CaseNumber,
            ValidDate(c.EntryDate), ValidDate(c.DecisionDate), (short)c.Outcome, CaseFigures.MobilisationEra(c), c.GroupCase, c.HasPublishedAct,
            c.Court?.Name.Trim() ?? "", c.SourceUrl, c.FetchedAt?.ToDateTimeOffset(), c.PageSha256);
    }

    static DefendantRow ToDefendantRow(string caseId, DefendantClassification d)
    {
        var punishment = d.Punishment ?? new Punishment();
        var primary = d.Primary ?? new ChargeClassification();
        var charge = primary.Charge ?? new Charge();
        return new DefendantRow(caseId, d.Ordinal, d.Convicted, d.Acquitted,
            (short)punishment.Kind, punishment.TermMonths, punishment.ProbationMonths, (short)punishment.Source,
            charge.Article.Trim(), charge.Part.Trim(), (short)primary.Category, primary.MobilisationEra, Detail(d));
    }

    static SentenceDetail Detail(DefendantClassification d)
    {
        var punishment = d.Punishment ?? new Punishment();
        long Largest(AdditionalPunishmentKind kind, Func<AdditionalPunishment, long> value) =>
            d.AdditionalPunishments.Where(a => a.Kind == kind).Select(value).DefaultIfEmpty(0).Max();
        return new SentenceDetail((short)d.PenaltyKind, (short)punishment.Regime, punishment.FineRubles, d.WithholdingPercent,
            d.CompulsoryHours,
            Largest(AdditionalPunishmentKind.Fine, a => a.FineRubles),
            (int)Largest(AdditionalPunishmentKind.RestrictionOfFreedom, a => a.TermMonths),
            (int)Largest(AdditionalPunishmentKind.BanOnPosts, a => a.TermMonths),
            d.AdditionalPunishments.Any(a => a.Kind == AdditionalPunishmentKind.DeprivationOfRank),
            d.NameHidden);
    }

    static IEnumerable<ChargeRow> ToChargeRows(string caseId, DefendantClassification d) =>
        d.Charges
            .Where(c => c.Charge is not null && !string.IsNullOrWhiteSpace(c.Charge.Article))
            .Select(c => new ChargeRow(caseId, d.Ordinal, c.Charge.Article.Trim(), c.Charge.Part.Trim(),
                (short)c.Category, c.MobilisationEra, (short)c.Stage, (short)c.Complicity))
            // Points of one part (п.«а», п.«б» ч.2) are one charge for counting; charged both completed and at a stage
            // of art. 30 (two episodes), the completed one stands (stages in order: completed first).
            .OrderBy(r => r.Stage)
            .DistinctBy(r => (r.Article, r.Part));

    static DateOnly? ValidDate(string text) =>
        TryParseDate(text, out var date) ? date : throw new InvalidOperationException($"'{text}' passed validation");

    /// <summary>"" is an absent date; anything else must be YYYY-MM-DD.</summary>
    internal static bool TryParseDate(string text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
            return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        date = parsed;
        return true;
    }
}
