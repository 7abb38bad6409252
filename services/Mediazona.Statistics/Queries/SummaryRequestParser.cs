using System.Globalization;
using System.Text.RegularExpressions;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.ServiceDefaults.Grpc;

namespace Mediazona.Statistics.Queries;

/// <summary>Either a filter or the reasons the request was refused.</summary>
public sealed record SummaryRequestResult(SummaryFilter? Filter, IReadOnlyList<FieldViolation> Violations)
{
    public bool IsValid => Filter is not null;
}

/// <summary>Validates and normalises GetSummaryRequest. Pure: "today" is passed in.</summary>
public static partial class SummaryRequestParser
{
    const int MaxCourtCodes = 200;

    public static SummaryRequestResult Parse(GetSummaryRequest request, DateOnly today)
    {
        var violations = new List<FieldViolation>();

        var asOf = ParseDate(request.AsOf, "as_of", violations) ?? today;
        var entryFrom = ParseDate(request.EntryFrom, "entry_from", violations);
        var entryTo = ParseDate(request.EntryTo, "entry_to", violations);
        if (entryFrom > entryTo)
            violations.Add(new FieldViolation("entry_to", "must not be before entry_from"));

        var courts = request.CourtCodes
            .Select(c => c.Trim().ToUpperInvariant())
            .Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (courts.Count > MaxCourtCodes)
            violations.Add(new FieldViolation("court_codes", $"at most {MaxCourtCodes} court codes"));
        foreach (var court in courts.Where(c => !CourtCodePattern().IsMatch(c)))
            violations.Add(new FieldViolation("court_codes", $"'{court}' is not a court code such as 46GV0001"));

        var article = Blank(request.Article);
        if (article is not null && !ArticlePattern().IsMatch(article))
            violations.Add(new FieldViolation("article", "must be an article number such as 337 or 352.1"));
        var part = Blank(request.Part);
        if (part is not null && !PartPattern().IsMatch(part))
            violations.Add(new FieldViolation("part", "must be a part number such as 5 or 2.1"));
        else if (part is not null && article is null)
            violations.Add(new FieldViolation("part", "needs article"));

        Category? category = request.Category == Category.Unspecified ? null : request.Category;
        if (category is { } c && !Enum.IsDefined(c))
            violations.Add(new FieldViolation("category", $"{(int)c} is not a known category"));

        OffenceStage? stage = request.Stage == OffenceStage.Unspecified ? null : request.Stage;
        if (stage is { } st && !Enum.IsDefined(st))
            violations.Add(new FieldViolation("stage", $"{(int)st} is not a known stage"));
        else if (stage is not null && article is null)
            violations.Add(new FieldViolation("stage", "needs article"));
        else if (stage is not null && category is not null)
            violations.Add(new FieldViolation("stage", "cannot be combined with category"));

        return violations.Count > 0
            ? new SummaryRequestResult(null, violations)
            : new SummaryRequestResult(new SummaryFilter(asOf, courts, article, part, category, entryFrom, entryTo, request.AllCases, stage), []);
    }

    static DateOnly? ParseDate(string text, string field, List<FieldViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        violations.Add(new FieldViolation(field, $"'{text}' is not a date YYYY-MM-DD"));
        return null;
    }

    static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^\d{1,4}(\.\d{1,2})?$")]
    private static partial Regex ArticlePattern();

    [GeneratedRegex(@"^\d{1,2}(\.\d{1,2})?$")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^[0-9A-Z_-]{2,32}$")]
    private static partial Regex CourtCodePattern();
}
