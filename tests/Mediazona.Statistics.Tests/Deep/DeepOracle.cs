using System.Globalization;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Statistics.Tests.Deep;

/// <summary>
/// An independent in-memory reading of the definitions in statistics_service.proto over the cases as sent:
/// each method returns the figures as sorted text lines, which the tests compare with the answers'.
/// </summary>
public sealed class DeepOracle(IEnumerable<CaseClassification> sent, GetSummaryRequest request, DateOnly today)
{
    static readonly PunishmentKind[] Unknown = [PunishmentKind.Unspecified, PunishmentKind.Acquitted];

    readonly DateOnly asOf = Date(request.AsOf) ?? today;

    bool Charged(DefendantClassification d, ChargeClassification ch)
    {
        var article = request.Article is "" ? null : request.Article;
        var part = request.Part is "" ? null : request.Part;
        Category? category = request.Category == Category.Unspecified ? null : request.Category;
        return (article is null || ch.Charge.Article == article) && (part is null || ch.Charge.Part == part) &&
               (category is null || ch.Category == category) &&
               (request.Stage == OffenceStage.Unspecified || Standing(d, ch).Stage == request.Stage);
    }

    /// <summary>
    /// The charge a defendant's (article, part) stands for: charged both completed and at a stage of art. 30 (or at two
    /// stages), the lowest stage number, completed first; of equals the first written.
    /// </summary>
    static ChargeClassification Standing(DefendantClassification d, ChargeClassification ch) =>
        d.Charges.Where(c => c.Charge.Article == ch.Charge.Article && c.Charge.Part == ch.Charge.Part).MinBy(c => c.Stage)!;

    /// <summary>Under a charge filter the people figures count only the defendants charged so.</summary>
    bool Selected(DefendantClassification d) =>
        request.Article is "" && request.Category == Category.Unspecified || d.Charges.Any(ch => Charged(d, ch));

    public List<CaseClassification> Counted()
    {
        var from = Date(request.EntryFrom);
        var to = Date(request.EntryTo);
        var courts = request.CourtCodes.ToHashSet();

        return [.. sent.GroupBy(c => c.CaseId)
            .Select(g => g.OrderByDescending(c => c.Revision).ThenByDescending(c => c.RulesVersion).First())
            .Where(c => Date(c.EntryDate) is { } entry && entry <= asOf &&
                (request.AllCases || c.MobilisationEra) &&
                (courts.Count == 0 || courts.Contains(c.Court.Code)) &&
                (from is null || entry >= from) && (to is null || entry <= to) &&
                (request.Article is "" && request.Category == Category.Unspecified || c.Defendants.Any(d => d.Charges.Any(ch => Charged(d, ch)))))];
    }

    /// <summary>Cases, and the defendants a charge filter selects: all, convicted and acquitted in a verdict by as_of.</summary>
    public (long Cases, long Defendants, long Convicted, long Acquitted) People()
    {
        var counted = Counted();
        var people = counted.SelectMany(c => c.Defendants.Where(Selected).Select(d => (Case: c, Defendant: d))).ToList();
        var sentenced = people.Where(p => Verdict(p.Case)).ToList();
        return (counted.Count, people.Count, sentenced.Count(p => p.Defendant.Convicted), sentenced.Count(p => p.Defendant.Acquitted));
    }

    public bool Verdict(CaseClassification c) => c.Outcome == Outcome.Verdict && Date(c.DecisionDate) is { } d && d <= asOf;

    /// <summary>"YYYY-MM received verdicts" for months with either, and the record month.</summary>
    public (List<string> Months, string Record) Monthly()
    {
        var counted = Counted();
        var received = counted.GroupBy(c => c.EntryDate[..7]).ToDictionary(g => g.Key, g => g.Count());
        var verdicts = counted.Where(Verdict).GroupBy(c => c.DecisionDate[..7]).ToDictionary(g => g.Key, g => g.Count());
        var months = received.Keys.Union(verdicts.Keys).Order(StringComparer.Ordinal)
            .Select(m => $"{m} {received.GetValueOrDefault(m)} {verdicts.GetValueOrDefault(m)}").ToList();
        var record = received.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key).FirstOrDefault() ?? "";
        return (months, record);
    }

    /// <summary>"article part: cases defendants verdictCases convicted", part "*" for the article's totals.</summary>
    public List<string> Articles()
    {
        var charged = Counted().SelectMany(c => c.Defendants.SelectMany(d => d.Charges.Select(ch => (Case: c, Defendant: d, ch.Charge.Article, ch.Charge.Part)))).ToList();
        string Line(string key, IEnumerable<(CaseClassification Case, DefendantClassification Defendant, string Article, string Part)> rows)
        {
            var list = rows.ToList();
            var cases = list.Select(r => r.Case).DistinctBy(c => c.CaseId).ToList();
            var people = list.DistinctBy(r => (r.Case.CaseId, r.Defendant.Ordinal)).ToList();
            return $"{key}: {cases.Count} {people.Count} {cases.Count(Verdict)} {people.Count(p => Verdict(p.Case) && p.Defendant.Convicted)}";
        }
        return [.. charged.GroupBy(r => r.Article).Select(g => Line($"{g.Key} *", g))
            .Concat(charged.GroupBy(r => (r.Article, r.Part)).Select(g => Line($"{g.Key.Article} {g.Key.Part}", g)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Convicted defendants (in a verdict by as_of) of each article, each once per article.</summary>
    public Dictionary<string, List<(CaseClassification Case, DefendantClassification Defendant)>> Sentenced() =>
        Counted().Where(Verdict)
            .SelectMany(c => c.Defendants.Where(d => d.Convicted).SelectMany(d => d.Charges.Select(ch => ch.Charge.Article).Distinct().Select(a => (a, c, d))))
            .GroupBy(x => x.a)
            .ToDictionary(g => g.Key, g => g.Select(x => (x.c, x.d)).ToList());

    public List<string> Sentences() =>
        [.. Sentenced().Select(kv =>
        {
            var kinds = kv.Value.Select(x => x.Defendant.Punishment?.Kind ?? PunishmentKind.Unspecified).ToList();
            var known = kinds.Count(k => !Unknown.Contains(k));
            var byKind = string.Join(",", kinds.Where(k => !Unknown.Contains(k)).GroupBy(k => k).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}"));
            var share = known == 0 ? 0 : (double)kinds.Count(k => k == PunishmentKind.Suspended) / known;
            return $"{kv.Key}: {kv.Value.Count} {known} [{byKind}] {share:F6} real {Terms(kv.Value, PunishmentKind.Imprisonment)} suspended {Terms(kv.Value, PunishmentKind.Suspended)}";
        }).Order(StringComparer.Ordinal)];

    static string Terms(List<(CaseClassification Case, DefendantClassification Defendant)> people, PunishmentKind kind)
    {
        var withTerm = people.Where(p => p.Defendant.Punishment?.Kind == kind && p.Defendant.Punishment.TermMonths > 0).ToList();
        if (withTerm.Count == 0)
            return "none";
        var terms = withTerm.Select(p => p.Defendant.Punishment.TermMonths).Order().ToList();
        var top = withTerm.OrderByDescending(p => p.Defendant.Punishment.TermMonths)
            .ThenBy(p => p.Case.Court.Code, StringComparer.Ordinal).ThenBy(p => p.Case.CaseNumber, StringComparer.Ordinal).First();
        var histogram = string.Join(",", terms.GroupBy(t => Math.Min(t / 12, 10) * 12).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"));
        return $"{terms.Count} {terms[0]} {Percentile(terms, 0.5):F6} {Percentile(terms, 0.9):F6} {terms[^1]} {top.Case.Court.Code} {top.Case.CaseNumber} [{histogram}]";
    }

    /// <summary>Linear interpolation between closest ranks (PostgreSQL's percentile_cont).</summary>
    static double Percentile(List<int> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    public List<string> Courts() =>
        [.. Counted().GroupBy(c => c.Court.Code).Select(g =>
        {
            var convicted = g.Where(Verdict).SelectMany(c => c.Defendants).Where(d => d.Convicted && Selected(d)).ToList();
            var known = convicted.Count(d => !Unknown.Contains(d.Punishment?.Kind ?? PunishmentKind.Unspecified));
            var suspended = convicted.Count(d => d.Punishment?.Kind == PunishmentKind.Suspended);
            int Longest(PunishmentKind kind) => convicted.Where(d => d.Punishment?.Kind == kind).Select(d => d.Punishment.TermMonths).DefaultIfEmpty(0).Max();
            return $"{g.Key} {g.First().Court.Name}: {g.Count()} {g.Sum(c => c.Defendants.Count(Selected))} {g.Count(Verdict)} {convicted.Count} {known} {suspended} " +
                   $"{(known == 0 ? 0 : (double)suspended / known):F6} {Longest(PunishmentKind.Imprisonment)} {Longest(PunishmentKind.Suspended)}";
        }).Order(StringComparer.Ordinal)];

    /// <summary>"court: verdicts published known [source=n]", court "*" for the totals.</summary>
    public List<string> Transparency()
    {
        var counted = Counted();
        string Line(string key, IReadOnlyCollection<CaseClassification> cases)
        {
            var verdicts = cases.Where(Verdict).ToList();
            var known = verdicts.SelectMany(c => c.Defendants).Where(d => d.Convicted && Selected(d) && !Unknown.Contains(d.Punishment?.Kind ?? PunishmentKind.Unspecified)).ToList();
            var sources = string.Join(",", known.GroupBy(d => d.Punishment.Source).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}"));
            return $"{key}: {verdicts.Count} {verdicts.Count(c => c.HasPublishedAct)} {known.Count} [{sources}]";
        }
        return [Line("*", counted), .. counted.GroupBy(c => c.Court.Code).Select(g => Line(g.Key, [.. g])).Order(StringComparer.Ordinal)];
    }

    /// <summary>The case table rows, as CaseTableRow, in (case_id, ordinal) order by ordinal comparison.</summary>
    public List<CaseTableRow> Rows() =>
        [.. Counted().SelectMany(c => c.Defendants.Where(Selected).Select(d =>
        {
            var decided = Date(c.DecisionDate) is { } date && date <= asOf;
            return new CaseTableRow
            {
                CaseId = c.CaseId, CourtCode = c.Court.Code, CourtName = c.Court.Name, CaseNumber = c.CaseNumber,
                EntryDate = c.EntryDate, DecisionDate = decided ? c.DecisionDate : "",
                Outcome = decided || c.Outcome is Outcome.Unspecified or Outcome.Pending ? c.Outcome : Outcome.Pending,
                HasPublishedAct = decided && c.HasPublishedAct, DefendantOrdinal = d.Ordinal,
                Convicted = decided && d.Convicted, Acquitted = decided && d.Acquitted,
                Charges = string.Join("; ", d.Charges.Select(ch => Standing(d, ch)).Distinct()
                    .OrderBy(x => x.Charge.Article, StringComparer.Ordinal).ThenBy(x => x.Charge.Part, StringComparer.Ordinal)
                    .Select(Label)),
                PrimaryCategory = d.Primary?.Category ?? Category.Unspecified,
                PunishmentKind = decided ? d.Punishment?.Kind ?? PunishmentKind.Unspecified : PunishmentKind.Unspecified,
                TermMonths = decided ? d.Punishment?.TermMonths ?? 0 : 0,
                ProbationMonths = decided ? d.Punishment?.ProbationMonths ?? 0 : 0,
                PunishmentSource = decided ? d.Punishment?.Source ?? FactSource.Unspecified : FactSource.Unspecified,
                PenaltyKind = decided ? d.PenaltyKind : PenaltyKind.Unspecified,
                Regime = decided ? d.Punishment?.Regime ?? ColonyRegime.Unspecified : ColonyRegime.Unspecified,
                FineRubles = decided ? d.Punishment?.FineRubles ?? 0 : 0,
                WithholdingPercent = decided ? d.WithholdingPercent : 0,
                CompulsoryHours = decided ? d.CompulsoryHours : 0,
                AdditionalFineRubles = decided ? Added(d, AdditionalPunishmentKind.Fine).Sum(a => a.FineRubles) : 0,
                AdditionalRestrictionOfFreedomMonths = decided ? Added(d, AdditionalPunishmentKind.RestrictionOfFreedom).Sum(a => a.TermMonths) : 0,
                AdditionalBanOnPostsMonths = decided ? Added(d, AdditionalPunishmentKind.BanOnPosts).Sum(a => a.TermMonths) : 0,
                AdditionalDeprivationOfRank = decided && Added(d, AdditionalPunishmentKind.DeprivationOfRank).Any(),
                NameHidden = d.NameHidden,
            };
        })).OrderBy(r => r.CaseId, StringComparer.Ordinal).ThenBy(r => r.DefendantOrdinal)];

    /// <summary>The dataset names each additional punishment at most once per kind.</summary>
    static IEnumerable<AdditionalPunishment> Added(DefendantClassification d, AdditionalPunishmentKind kind) =>
        d.AdditionalPunishments.Where(a => a.Kind == kind);

    /// <summary>"338 ч.3 (ст.30 ч.3, ст.33 ч.5)": the Code's own words for art. 30 and 33, written out here again.</summary>
    static string Label(ChargeClassification ch)
    {
        var stage = ch.Stage switch { OffenceStage.Preparation => "ст.30 ч.1", OffenceStage.Attempt => "ст.30 ч.3", OffenceStage.Unfinished => "ст.30", _ => null };
        var role = ch.Complicity switch
        {
            ComplicityRole.Perpetrator => "ст.33 ч.2", ComplicityRole.Organiser => "ст.33 ч.3", ComplicityRole.Instigator => "ст.33 ч.4",
            ComplicityRole.Accessory => "ст.33 ч.5", ComplicityRole.Accomplice => "ст.33", _ => null,
        };
        var qualifiers = new[] { stage, role }.OfType<string>().ToList();
        var charge = ch.Charge.Part == "" ? ch.Charge.Article : $"{ch.Charge.Article} ч.{ch.Charge.Part}";
        return qualifiers.Count == 0 ? charge : $"{charge} ({string.Join(", ", qualifiers)})";
    }

    static DateOnly? Date(string text) =>
        string.IsNullOrWhiteSpace(text) ? null : DateOnly.ParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
