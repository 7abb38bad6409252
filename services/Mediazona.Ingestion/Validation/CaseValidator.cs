using System.Globalization;
using System.Text.RegularExpressions;
using Google.Protobuf.Reflection;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Normalisation;

namespace Mediazona.Ingestion.Validation;

/// <summary>Checks one normalised case; the first rule it breaks is the rejection.</summary>
public static partial class CaseValidator
{
    /// <param name="courtCase">The case after <see cref="CaseNormaliser.Normalise"/>.</param>
    /// <param name="path">Path of the record in the request, e.g. "cases[3]".</param>
    /// <param name="today">Today's date: dates later than tomorrow are impossible.</param>
    /// <returns>null when the case can be stored.</returns>
    public static Rejection? Validate(CourtCase courtCase, string path, DateOnly today)
    {
        var reason = CheckKeys(courtCase, path)
            ?? CheckDates(courtCase, path, today)
            ?? CheckDefendants(courtCase, path)
            ?? CheckCounts(courtCase, path)
            ?? CheckTextLengths(courtCase, path)
            ?? CheckEnums(courtCase, path);
        return reason;
    }

    static Rejection? CheckKeys(CourtCase courtCase, string path)
    {
        var code = courtCase.Court?.Code ?? "";
        if (code.Length == 0)
            return new($"{path}.court.code", "court code is required");
        if (!CourtCode().IsMatch(code))
            return new($"{path}.court.code", $"'{Shorten(code)}' is not a court code (2 digits, 2 letters, 4 digits, e.g. 46GV0001)");
        if (courtCase.CaseNumber.Length == 0)
            return new($"{path}.case_number", "case number is required");
        if (courtCase.CaseNumber.Length > ValidationLimits.MaxKeyLength)
            return new($"{path}.case_number", $"case number is longer than {ValidationLimits.MaxKeyLength} characters");
        if (courtCase.CaseUid.Length > ValidationLimits.MaxKeyLength)
            return new($"{path}.case_uid", $"case uid is longer than {ValidationLimits.MaxKeyLength} characters");
        return null;
    }

    static Rejection? CheckDates(CourtCase courtCase, string path, DateOnly today)
    {
        var dates = new List<(string Field, string Value)>
        {
            ("entry_date", courtCase.EntryDate),
            ("decision_date", courtCase.DecisionDate),
        };
        for (var i = 0; i < courtCase.Events.Count; i++)
        {
            dates.Add(($"events[{i}].date", courtCase.Events[i].Date));
            dates.Add(($"events[{i}].published_date", courtCase.Events[i].PublishedDate));
        }
        for (var i = 0; i < courtCase.Acts.Count; i++)
            dates.Add(($"acts[{i}].published_date", courtCase.Acts[i].PublishedDate));
        for (var i = 0; i < courtCase.Annotations.Count; i++)
            dates.Add(($"annotations[{i}].source_date", courtCase.Annotations[i].SourceDate));

        foreach (var (field, value) in dates)
        {
            if (CheckDate(value, today) is { } why)
                return new($"{path}.{field}", why);
        }
        if (IsoDates.TryParse(courtCase.EntryDate, out var entry) && IsoDates.TryParse(courtCase.DecisionDate, out var decision) && decision < entry)
            return new($"{path}.decision_date", $"decision date {courtCase.DecisionDate} is before entry date {courtCase.EntryDate}");
        return null;
    }

    /// <summary>Why a date string is not acceptable, or null ("" means absent and is fine).</summary>
    public static string? CheckDate(string value, DateOnly today)
    {
        if (value.Length == 0)
            return null;
        if (!IsoDates.TryParse(value, out var date))
            return $"'{Shorten(value)}' is not a date (YYYY-MM-DD)";
        var latest = today.AddDays(1);
        if (date < ValidationLimits.EarliestDate || date > latest)
            return $"{value} is outside {ValidationLimits.EarliestDate:yyyy-MM-dd}..{latest:yyyy-MM-dd}";
        return null;
    }

    static Rejection? CheckDefendants(CourtCase courtCase, string path)
    {
        if (courtCase.Defendants.Count > ValidationLimits.MaxDefendants)
            return new($"{path}.defendants", $"more than {ValidationLimits.MaxDefendants} defendants");
        var seen = new HashSet<int>();
        for (var i = 0; i < courtCase.Defendants.Count; i++)
        {
            var defendant = courtCase.Defendants[i];
            if (defendant.Ordinal < 1)
                return new($"{path}.defendants[{i}].ordinal", "ordinal must be 1 or more (or 0 for every defendant)");
            if (!seen.Add(defendant.Ordinal))
                return new($"{path}.defendants[{i}].ordinal", $"ordinal {defendant.Ordinal} is used twice");
            if (defendant.Charges.Count > ValidationLimits.MaxChargesPerDefendant)
                return new($"{path}.defendants[{i}].charges", $"more than {ValidationLimits.MaxChargesPerDefendant} charges");
        }
        return null;
    }

    static Rejection? CheckCounts(CourtCase courtCase, string path)
    {
        if (courtCase.Events.Count > ValidationLimits.MaxEvents)
            return new($"{path}.events", $"more than {ValidationLimits.MaxEvents} events");
        if (courtCase.Acts.Count > ValidationLimits.MaxActs)
            return new($"{path}.acts", $"more than {ValidationLimits.MaxActs} acts");
        if (courtCase.Annotations.Count > ValidationLimits.MaxAnnotations)
            return new($"{path}.annotations", $"more than {ValidationLimits.MaxAnnotations} annotations");
        return null;
    }

    static Rejection? CheckTextLengths(CourtCase courtCase, string path)
    {
        foreach (var (fieldPath, field, value) in ProtoText.Strings(courtCase, path))
        {
            var limit = LengthLimit(field);
            if (value.Length > limit)
                return new(fieldPath, $"text is longer than {limit} characters");
        }
        return null;
    }

    static int LengthLimit(FieldDescriptor field) => (field.ContainingType.ClrType.Name, field.FieldNumber) switch
    {
        (nameof(JudicialAct), JudicialAct.TextFieldNumber) => ValidationLimits.MaxActTextLength,
        (nameof(Annotation), Annotation.TextFieldNumber) => ValidationLimits.MaxQuoteLength,
        (nameof(Punishment), Punishment.RawTextFieldNumber) => ValidationLimits.MaxQuoteLength,
        _ => ValidationLimits.MaxTextLength,
    };

    static Rejection? CheckEnums(CourtCase courtCase, string path)
    {
        // Unknown numbers pass protobuf parsing but would mean nothing to classification.
        if (!Enum.IsDefined(courtCase.Outcome))
            return new($"{path}.outcome", $"unknown outcome {(int)courtCase.Outcome}");
        if (!Enum.IsDefined(courtCase.ProceedingKind))
            return new($"{path}.proceeding_kind", $"unknown proceeding kind {(int)courtCase.ProceedingKind}");
        for (var i = 0; i < courtCase.Defendants.Count; i++)
        {
            var defendant = courtCase.Defendants[i];
            if (!Enum.IsDefined(defendant.ServiceType))
                return new($"{path}.defendants[{i}].service_type", $"unknown service type {(int)defendant.ServiceType}");
            if (defendant.Punishment is { } punishment && !Enum.IsDefined(punishment.Kind))
                return new($"{path}.defendants[{i}].punishment.kind", $"unknown punishment kind {(int)punishment.Kind}");
        }
        return null;
    }

    static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}[0-9]{4}$")]
    private static partial Regex CourtCode();
}

/// <summary>The contract's date format: "YYYY-MM-DD", a real calendar day.</summary>
public static partial class IsoDates
{
    public static bool TryParse(string value, out DateOnly date)
    {
        date = default;
        return Shape().IsMatch(value)
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex Shape();
}
