using System.Diagnostics.Metrics;
using Mediazona.Collection.Crawling;
using Mediazona.ServiceDefaults.Telemetry;

namespace Mediazona.Collection.Monitoring;

/// <summary>
/// The collector's instruments on the suite's meter: mediazona_collection_runs_total{court,result},
/// mediazona_collection_list_pages_total{court}, mediazona_collection_cards_total{court,result} (result: new, revision,
/// unchanged, rejected, owed) and mediazona_collection_court_status{court,status} (1 for each court's current status,
/// refreshed by HealthMetricsRefresher), which the alert rules and the Grafana panels read.
/// </summary>
public sealed class CollectionMetrics : IDisposable
{
    readonly Meter _meter;
    readonly Counter<long> _runs;
    readonly Counter<long> _listPages;
    readonly Counter<long> _cards;
    IReadOnlyList<(string Court, string Status)> _statuses = [];

    public CollectionMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(SuiteMetrics.MeterName);
        _runs = _meter.CreateCounter<long>("mediazona.collection.runs", unit: "{runs}", description: "Passes over a court, by how they ended (OK or the fault).");
        _listPages = _meter.CreateCounter<long>("mediazona.collection.list_pages", unit: "{pages}", description: "Search-list pages fetched.");
        _cards = _meter.CreateCounter<long>("mediazona.collection.cards", unit: "{cards}", description: "Cards fetched, by what ingestion said (new, revision, unchanged, rejected, owed).");
        _meter.CreateObservableGauge("mediazona.collection.court_status", ObserveStatuses, unit: "{courts}",
            description: "1 for each court's current health status (OK, STALE, CAPTCHA, BLOCKED, DOWN, MODULE_OFF, LAYOUT_CHANGED, DISABLED, UNKNOWN).");
    }

    /// <summary>Every court's status as last assessed (the gauge reports these until the next refresh).</summary>
    public void SetStatuses(IEnumerable<(string Court, string Status)> statuses) => _statuses = [.. statuses];

    IEnumerable<Measurement<long>> ObserveStatuses() =>
        _statuses.Select(s => new Measurement<long>(1, new KeyValuePair<string, object?>("court", s.Court), new("status", s.Status)));

    public void RecordRun(CourtRun run)
    {
        var court = new KeyValuePair<string, object?>("court", run.Court);
        _runs.Add(1, court, new("result", run.Kind));
        _listPages.Add(run.ListPages, court);
        _cards.Add(run.NewCases, court, new("result", "new"));
        _cards.Add(run.Revisions, court, new("result", "revision"));
        _cards.Add(run.Unchanged, court, new("result", "unchanged"));
        _cards.Add(run.Rejected, court, new("result", "rejected"));
        _cards.Add(run.CardsFetched - run.CardsAcknowledged, court, new("result", "owed"));
    }

    public void Dispose() => _meter.Dispose();
}
