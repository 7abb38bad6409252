using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Mediazona.ServiceDefaults.Telemetry;

/// <summary>
/// The suite's own instruments (meter "Mediazona.Suite"), registered as a singleton by AddTelemetry. In
/// Prometheus: mediazona_outbox_backlog_rows, mediazona_cache_lookups_total{cache,result}, mediazona_cases_total{stage}.
/// </summary>
public sealed class SuiteMetrics : IDisposable
{
    public const string MeterName = "Mediazona.Suite";

    readonly Meter _meter;
    readonly Counter<long> _cacheLookups;
    readonly Counter<long> _cases;
    long _outboxBacklog = -1; // -1: nobody reported yet, so the gauge stays absent instead of claiming 0

    public SuiteMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _meter.CreateObservableGauge("mediazona.outbox.backlog", ObserveBacklog, unit: "{rows}",
            description: "Outbox rows stored but not yet relayed to RabbitMQ, as last seen by the relay.");
        _cacheLookups = _meter.CreateCounter<long>("mediazona.cache.lookups", unit: "{lookups}",
            description: "Statistics cache lookups by result (hit, miss, error).");
        _cases = _meter.CreateCounter<long>("mediazona.cases", unit: "{cases}",
            description: "Cases that passed a pipeline stage (stored, classified, projected).");
    }

    /// <summary>Ingestion's relay calls this after each poll with the rows still waiting (cheap: it just counted them).</summary>
    public void SetOutboxBacklog(long rows) => Interlocked.Exchange(ref _outboxBacklog, Math.Max(0, rows));

    /// <summary>Statistics calls this once per cache lookup; the hit ratio is hits / all lookups.</summary>
    public void RecordCacheLookup(string cache, CacheLookup result) =>
        _cacheLookups.Add(1, new TagList { { "cache", cache }, { "result", ResultTag(result) } });

    /// <summary>Counts cases through a stage, e.g. RecordCases("projected", batch.Count).</summary>
    public void RecordCases(string stage, long count)
    {
        if (count > 0)
            _cases.Add(count, new KeyValuePair<string, object?>("stage", stage));
    }

    IEnumerable<Measurement<long>> ObserveBacklog()
    {
        var rows = Interlocked.Read(ref _outboxBacklog);
        return rows < 0 ? [] : [new Measurement<long>(rows)];
    }

    static string ResultTag(CacheLookup result) => result switch
    {
        CacheLookup.Hit => "hit",
        CacheLookup.Miss => "miss",
        _ => "error",
    };

    public void Dispose() => _meter.Dispose();
}

public enum CacheLookup
{
    Hit,
    Miss,
    Error,
}
