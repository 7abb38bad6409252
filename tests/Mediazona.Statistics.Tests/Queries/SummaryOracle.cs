using System.Globalization;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Statistics.Tests.Queries;

/// <summary>The figures a summary must show, comparable as one value (buckets as sorted text).</summary>
public sealed record Figures(long Cases, long Defendants, long VerdictCases, long PendingCases, long Convicted, long Acquitted,
    long Known, long Suspended, double SuspendedShare, string ByCategory, string ByArticle)
{
    public static Figures Of(GetSummaryResponse r) => new(r.Cases, r.Defendants, r.VerdictCases, r.PendingCases,
        r.ConvictedDefendants, r.AcquittedDefendants, r.KnownSentences, r.SuspendedSentences, Math.Round(r.SuspendedShare, 9),
        Buckets(r.ByCategory.Select(c => (c.Category.ToString(), c.Cases, c.Defendants))),
        Buckets(r.ByArticle.Select(a => (a.Article, a.Cases, a.Defendants))));

    public static string Buckets(IEnumerable<(string Key, long Cases, long Defendants)> buckets) =>
        string.Join(", ", buckets.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => $"{b.Key}: {b.Cases}/{b.Defendants}"));
}

/// <summary>
/// An independent, in-memory reading of the definitions in statistics_service.proto over the cases as sent:
/// what the SQL must agree with.
/// </summary>
public static class SummaryOracle
{
    static readonly PunishmentKind[] KnownKinds =
    [
        PunishmentKind.Imprisonment, PunishmentKind.Suspended, PunishmentKind.DisciplinaryUnit,
        PunishmentKind.Fine, PunishmentKind.CompulsoryLabour, PunishmentKind.Other,
    ];

    public static Figures Expect(IEnumerable<CaseClassification> sent, GetSummaryRequest request, DateOnly today)
    {
        var asOf = Date(request.AsOf) ?? today;
        var from = Date(request.EntryFrom);
        var to = Date(request.EntryTo);
        var courts = request.CourtCodes.ToHashSet();
        var article = request.Article is "" ? null : request.Article;
        var part = request.Part is "" ? null : request.Part;
        Category? category = request.Category == Category.Unspecified ? null : request.Category;

        // Latest revision, then latest rules version, of each case.
        var latest = sent.GroupBy(c => c.CaseId)
            .Select(g => g.OrderByDescending(c => c.Revision).ThenByDescending(c => c.RulesVersion).First());

        bool Charged(ChargeClassification ch) =>
            (article is null || ch.Charge.Article == article) && (part is null || ch.Charge.Part == part) &&
            (category is null || ch.Category == category);

        var counted = latest.Where(c =>
            Date(c.EntryDate) is { } entry && entry <= asOf &&
            (request.AllCases || c.MobilisationEra) &&
            (courts.Count == 0 || courts.Contains(c.Court.Code)) &&
            (from is null || entry >= from) && (to is null || entry <= to) &&
            (article is null && category is null || c.Defendants.Any(d => d.Charges.Any(Charged)))).ToList();

        // Under a charge filter the people figures count only the defendants charged so.
        bool Selected(DefendantClassification d) => article is null && category is null || d.Charges.Any(Charged);

        bool Verdict(CaseClassification c) => c.Outcome == Outcome.Verdict && Date(c.DecisionDate) is { } d && d <= asOf;
        bool Pending(CaseClassification c) =>
            c.Outcome is Outcome.Pending or Outcome.Unspecified || Date(c.DecisionDate) is not { } d || d > asOf;

        var sentenced = counted.Where(Verdict).SelectMany(c => c.Defendants).Where(d => d.Convicted && Selected(d)).ToList();
        var known = sentenced.Count(d => KnownKinds.Contains(d.Punishment?.Kind ?? PunishmentKind.Unspecified));
        var suspended = sentenced.Count(d => d.Punishment?.Kind == PunishmentKind.Suspended);

        var charges = counted.SelectMany(c => c.Defendants.SelectMany(d => d.Charges.Select(ch => (c.CaseId, d.Ordinal, ch.Category, ch.Charge.Article)))).ToList();
        string Buckets(Func<(string CaseId, int Ordinal, Category Category, string Article), string> key) =>
            Figures.Buckets(charges.GroupBy(key).Select(g => (g.Key,
                (long)g.Select(x => x.CaseId).Distinct().Count(),
                (long)g.Select(x => (x.CaseId, x.Ordinal)).Distinct().Count())));

        return new Figures(
            counted.Count,
            counted.Sum(c => c.Defendants.Count(Selected)),
            counted.Count(Verdict),
            counted.Count(Pending),
            sentenced.Count,
            counted.Where(Verdict).SelectMany(c => c.Defendants).Count(d => d.Acquitted && Selected(d)),
            known,
            suspended,
            known == 0 ? 0 : Math.Round((double)suspended / known, 9),
            Buckets(x => x.Category.ToString()),
            Buckets(x => x.Article));
    }

    static DateOnly? Date(string text) =>
        string.IsNullOrWhiteSpace(text) ? null : DateOnly.ParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
