using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Mediazona.Collection.Crawling;
using Mediazona.Collection.Health;
using Mediazona.ServiceDefaults.Telemetry;

namespace Mediazona.Collection.Monitoring;

/// <summary>
/// The collector's instruments on the suite's meter: mediazona_collection_runs_total{court,result},
/// mediazona_collection_list_pages_total{court}, mediazona_collection_cards_total{court,result} (result: new, revision,
/// unchanged, rejected, owed), mediazona_collection_captcha_answers_total{court} (new answers the plugged-in solver gave), and per court the gauges mediazona_collection_court_health{court,status} (1 for the current
/// status, named as the API names it: OK, STALE, CAPTCHA, MODULE_OFF, ...) and mediazona_collection_court_silent_days{court}.
/// The scheduler, the health RPC and HealthMetricsRefresher keep them current; the alert rules and Grafana read them.
/// </summary>
public sealed class CollectionMetrics : IDisposable
{
    readonly Meter _meter;
    readonly Counter<long> _runs;
    readonly Counter<long> _listPages;
    readonly Counter<long> _cards;
    readonly Counter<long> _captchaAnswers;
    readonly ConcurrentDictionary<string, CourtHealth> _health = new();

    public CollectionMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(SuiteMetrics.MeterName);
        _runs = _meter.CreateCounter<long>("mediazona.collection.runs", unit: "{runs}", description: "Passes over a court, by how they ended (OK or the fault).");
        _listPages = _meter.CreateCounter<long>("mediazona.collection.list_pages", unit: "{pages}", description: "Search-list pages fetched.");
        _cards = _meter.CreateCounter<long>("mediazona.collection.cards", unit: "{cards}", description: "Cards fetched, by what ingestion said (new, revision, unchanged, rejected, owed).");
        _captchaAnswers = _meter.CreateCounter<long>("mediazona.collection.captcha_answers", unit: "{answers}", description: "New captcha answers the plugged-in solver gave (each one a court that asked again).");
        _meter.CreateObservableGauge("mediazona.collection.court.health", () => _health.Values.Select(h =>
                new Measurement<int>(1, new("court", h.Code), new("status", Rpc.CollectionMapping.StatusName(h.Status)))),
            description: "Each court's health as last assessed (1 on its current status).");
        _meter.CreateObservableGauge("mediazona.collection.court.silent_days", () => _health.Values.Select(h =>
                new Measurement<int>(h.SilentDays, new KeyValuePair<string, object?>("court", h.Code))),
            unit: "d", description: "Days since the newest entry date seen at each court.");
    }

    /// <summary>The latest assessment of every court, for the gauges (a court not in the list keeps its last value).</summary>
    public void SetHealth(IEnumerable<CourtHealth> courts)
    {
        foreach (var court in courts)
            _health[court.Code] = court;
    }

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
        _captchaAnswers.Add(run.CaptchasSolved, court);
    }

    public void Dispose() => _meter.Dispose();
}
