using System.Diagnostics.Metrics;
using Google.Protobuf.Reflection;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.ServiceDefaults.Telemetry;

namespace Mediazona.Statistics.Monitoring;

/// <summary>
/// The default summary (mobilisation-era cases as of today) as Prometheus gauges, so that monitoring dashboards
/// can poll the headline figures without calling the API: mediazona_stats_cases, _defendants, _verdict_cases,
/// _pending_cases, _convicted_defendants, _acquitted_defendants, _known_sentences, _suspended_sentences,
/// _suspended_share, _article_cases{article}, _category_cases{category} and _data_version. Absent until the
/// first summary is known; the callbacks only read the last summary handed in (no I/O at scrape time).
/// </summary>
public sealed class HeadlineGauges
{
    GetSummaryResponse? _latest;

    public HeadlineGauges(IMeterFactory meters)
    {
        var meter = meters.Create(SuiteMetrics.MeterName);
        Gauge(meter, "cases", "Mobilisation-era cases received by today.", s => s.Cases);
        Gauge(meter, "defendants", "Defendants of those cases.", s => s.Defendants);
        Gauge(meter, "verdict_cases", "Cases with a verdict by today.", s => s.VerdictCases);
        Gauge(meter, "pending_cases", "Cases without a decision by today.", s => s.PendingCases);
        Gauge(meter, "convicted_defendants", "Defendants convicted by a verdict.", s => s.ConvictedDefendants);
        Gauge(meter, "acquitted_defendants", "Defendants acquitted by a verdict.", s => s.AcquittedDefendants);
        Gauge(meter, "known_sentences", "Convicted defendants whose punishment is known.", s => s.KnownSentences);
        Gauge(meter, "suspended_sentences", "Known sentences that are suspended (art. 73).", s => s.SuspendedSentences);
        Gauge(meter, "data_version", "The projection's data version the figures were computed at.", s => s.DataVersion);
        meter.CreateObservableGauge("mediazona.stats.suspended_share",
            () => Observe<double>(s => [new Measurement<double>(s.SuspendedShare)]),
            description: "Suspended among known sentences (0-1).");
        meter.CreateObservableGauge("mediazona.stats.article_cases",
            () => Observe(s => s.ByArticle.Select(a => new Measurement<long>(a.Cases, new KeyValuePair<string, object?>("article", a.Article)))),
            description: "Cases by article (a case counts under every article one of its defendants is charged with).");
        meter.CreateObservableGauge("mediazona.stats.category_cases",
            () => Observe(s => s.ByCategory.Select(c => new Measurement<long>(c.Cases, new KeyValuePair<string, object?>("category", CategoryLabel(c.Category))))),
            description: "Cases by category of charge.");
    }

    /// <summary>The summary the gauges show from now on.</summary>
    public void Show(GetSummaryResponse summary) => Volatile.Write(ref _latest, summary);

    void Gauge(Meter meter, string name, string description, Func<GetSummaryResponse, long> value) =>
        meter.CreateObservableGauge($"mediazona.stats.{name}", () => Observe<long>(s => [new Measurement<long>(value(s))]), description: description);

    IEnumerable<Measurement<T>> Observe<T>(Func<GetSummaryResponse, IEnumerable<Measurement<T>>> measure) where T : struct =>
        Volatile.Read(ref _latest) is { } summary ? measure(summary) : [];

    /// <summary>CATEGORY_AWOL → awol: the proto name without its prefix, lower case, as Prometheus labels usually are.</summary>
    internal static string CategoryLabel(Category category) =>
        ClassificationReflection.Descriptor.FindTypeByName<EnumDescriptor>("Category")?.FindValueByNumber((int)category) is { } value
            ? value.Name.Replace("CATEGORY_", "", StringComparison.Ordinal).ToLowerInvariant()
            : ((int)category).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
