using System.Globalization;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.ServiceDefaults.Grpc;
using Mediazona.Statistics.Queries;

namespace Mediazona.Statistics.Changes;

/// <summary>A validated ListChanges request: the version to start after, the courts, the page.</summary>
public sealed record ChangesPage(long Since, IReadOnlyList<string> CourtCodes, (long Version, string CaseId)? After, int Size)
{
    /// <summary>Data versions are microseconds since 1970 (001_projection.sql): a day's start is the version it begins at.</summary>
    public static long VersionAt(DateOnly day) => (day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - DateTime.UnixEpoch).Ticks / 10;

    /// <summary>Either the page or the reasons the request was refused. Pure.</summary>
    public static (ChangesPage? Page, IReadOnlyList<FieldViolation> Violations) Parse(ListChangesRequest request)
    {
        var violations = new List<FieldViolation>();
        var since = request.SinceVersion;
        if (request.Since.Length > 0)
        {
            if (DateOnly.TryParseExact(request.Since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                since = Math.Max(since, VersionAt(day) - 1);
            else
                violations.Add(new FieldViolation("since", $"'{request.Since}' is not a date YYYY-MM-DD"));
        }
        var courts = SummaryRequestParser.Parse(new GetSummaryRequest { CourtCodes = { request.CourtCodes } }, DateOnly.MinValue);
        violations.AddRange(courts.Violations);
        var size = request.PageSize == 0 ? ChangesQuery.DefaultPageSize : request.PageSize;
        if (size is < 1 or > ChangesQuery.MaxPageSize)
            violations.Add(new FieldViolation("page_size", $"must be between 1 and {ChangesQuery.MaxPageSize}"));
        (long, string)? after = null;
        if (request.PageToken.Length > 0)
        {
            var parts = request.PageToken.Split(':', 2);
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var version) && parts[1].Length > 0)
                after = (version, parts[1]);
            else
                violations.Add(new FieldViolation("page_token", "not a next_page_token of this query"));
        }
        return violations.Count > 0 || courts.Filter is null ? (null, violations) : (new ChangesPage(since, courts.Filter.CourtCodes, after, size), violations);
    }
}
