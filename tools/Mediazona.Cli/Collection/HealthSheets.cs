using Mediazona.Cli.Output;
using Mediazona.Cli.Statistics;
using Mediazona.Contracts.Collection.V1;
using Mediazona.Contracts.Courts.V1;

namespace Mediazona.Cli.Collection;

/// <summary>
/// mzctl courts: every court of the registry (ListCourts) beside its health (ListCourtHealth), one row each; a court the
/// collector has no word of reads UNKNOWN, and courts the collector crawls outside the registry (a test site) come last.
/// </summary>
internal static class HealthSheets
{
    static readonly Column[] Columns =
    [
        new("court_code", "Court", CellKind.Text),
        new("court_name", "Name", CellKind.Text),
        new("level", "Level", CellKind.Text) { InTable = false },
        new("district_code", "District", CellKind.Text) { InTable = false },
        new("status", "Status", CellKind.Text),
        new("cause", "Cause", CellKind.Text),
        new("since", "Since", CellKind.Text),
        new("last_success", "Last success", CellKind.Text),
        new("last_new_case", "Last new case", CellKind.Text),
        new("cases_seen", "Cases seen"),
        new("expected_per_month", "Expected / month", CellKind.Months),
        new("silent_days", "Silent days"),
        new("next_run", "Next run", CellKind.Text) { InTable = false },
    ];

    /// <summary>The health of every court, those the collector never reported filled in as UNKNOWN (what --format json prints).</summary>
    public static ListCourtHealthResponse Complete(ListCourtsResponse courts, ListCourtHealthResponse health)
    {
        var known = health.Courts.Select(h => h.CourtCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var complete = new ListCourtHealthResponse();
        complete.Courts.AddRange(health.Courts);
        complete.Courts.AddRange(courts.Courts.Where(c => !known.Contains(c.Code))
            .Select(c => new CourtHealth { CourtCode = c.Code, Status = CourtHealthStatus.Unknown, Cause = "the collector has not reported this court" }));
        return complete;
    }

    public static IReadOnlyList<Sheet> Of(ListCourtsResponse courts, ListCourtHealthResponse health)
    {
        var registry = courts.Courts.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        var order = courts.Courts.Select((c, i) => (c.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.OrdinalIgnoreCase);
        var rows = Complete(courts, health).Courts
            .OrderBy(h => order.GetValueOrDefault(h.CourtCode, int.MaxValue)).ThenBy(h => h.CourtCode, StringComparer.Ordinal)
            .Select(h =>
            {
                var court = registry.GetValueOrDefault(h.CourtCode);
                return new object[]
                {
                    h.CourtCode, court?.Name ?? "", court?.Level.ToString() ?? "", court?.DistrictCode ?? "", Status(h.Status), h.Cause,
                    Time(h.Since), Time(h.LastSuccessTime), Time(h.LastNewCaseTime), h.CasesSeen, h.ExpectedCasesPerMonth, h.SilentDays,
                    Time(h.NextRunTime),
                };
            }).ToList();
        var counts = rows.GroupBy(r => (string)r[4]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        return [new Sheet($"Courts ({rows.Count})", Columns, rows) { Notes = [string.Join(", ", counts), $"Registry {courts.RegistryVersion}"] }];
    }

    static readonly IReadOnlyDictionary<int, string> StatusNames =
        ProtoEnums.Values(CollectionServiceReflection.Descriptor, nameof(CourtHealthStatus)).ToDictionary(v => v.Number, v => v.Name.ToUpperInvariant());

    /// <summary>The proto's name without its prefix: COURT_HEALTH_STATUS_MODULE_OFF → MODULE_OFF.</summary>
    public static string Status(CourtHealthStatus status) => StatusNames.GetValueOrDefault((int)status, "UNSPECIFIED");

    static string Time(Google.Protobuf.WellKnownTypes.Timestamp? time) =>
        time is null ? "" : time.ToDateTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
