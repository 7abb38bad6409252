using System.Diagnostics.Metrics;
using Mediazona.Collection.Crawling;
using Mediazona.ServiceDefaults.Telemetry;

namespace Mediazona.Collection.Monitoring;

/// <summary>
/// The collector's instruments on the suite's meter: mediazona_collection_runs_total{court,result},
/// mediazona_collection_list_pages_total{court}, mediazona_collection_cards_total{court,result}.
/// </summary>
public sealed class CollectionMetrics : IDisposable
{
    readonly Meter _meter;
    readonly Counter<long> _runs;
    readonly Counter<long> _listPages;
    readonly Counter<long> _cards;

    public CollectionMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(SuiteMetrics.MeterName);
        _runs = _meter.CreateCounter<long>("mediazona.collection.runs", unit: "{runs}", description: "Passes over a court, by how they ended (OK or the fault).");
        _listPages = _meter.CreateCounter<long>("mediazona.collection.list_pages", unit: "{pages}", description: "Search-list pages fetched.");
        _cards = _meter.CreateCounter<long>("mediazona.collection.cards", unit: "{cards}", description: "Cards fetched, by what ingestion said (new, acknowledged, owed).");
    }

    public void RecordRun(CourtRun run)
    {
        var court = new KeyValuePair<string, object?>("court", run.Court);
        _runs.Add(1, court, new("result", run.Kind));
        _listPages.Add(run.ListPages, court);
        _cards.Add(run.NewCases, court, new("result", "new"));
        _cards.Add(run.CardsAcknowledged - run.NewCases, court, new("result", "acknowledged"));
        _cards.Add(run.CardsFetched - run.CardsAcknowledged, court, new("result", "owed"));
    }

    public void Dispose() => _meter.Dispose();
}
