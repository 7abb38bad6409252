using System.Diagnostics.Metrics;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Monitoring;
using Microsoft.Extensions.DependencyInjection;

namespace Mediazona.Statistics.Tests.Monitoring;

/// <summary>The gauges show exactly the summary last handed in, and nothing before the first one.</summary>
public sealed class HeadlineGaugesTests : IDisposable
{
    readonly ServiceProvider _services = new ServiceCollection().AddMetrics().AddSingleton<HeadlineGauges>().BuildServiceProvider();
    readonly MeterListener _listener = new();
    readonly List<(string Name, double Value, string Tag)> _measured = [];

    public HeadlineGaugesTests()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        // Only this test's meter: other tests create their own gauges concurrently.
        _listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Name.StartsWith("mediazona.stats.", StringComparison.Ordinal))
                l.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var tag = tags.Length == 0 ? "" : $"{tags[0].Key}={tags[0].Value}";
        _measured.Add((instrument.Name["mediazona.stats.".Length..], value, tag));
    }

    HeadlineGauges Gauges => _services.GetRequiredService<HeadlineGauges>();

    List<(string Name, double Value, string Tag)> Collect()
    {
        _measured.Clear();
        _listener.RecordObservableInstruments();
        return [.. _measured.OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Tag, StringComparer.Ordinal)];
    }

    [Fact]
    public void Nothing_is_measured_before_the_first_summary()
    {
        _ = Gauges;
        Assert.Empty(Collect());
    }

    [Fact]
    public void Every_headline_figure_of_the_summary_is_a_gauge()
    {
        Gauges.Show(new GetSummaryResponse
        {
            Cases = 708, Defendants = 740, VerdictCases = 360, PendingCases = 348, ConvictedDefendants = 330, AcquittedDefendants = 2,
            KnownSentences = 86, SuspendedSentences = 31, SuspendedShare = 31.0 / 86, DataVersion = 42,
            ByArticle = { new ArticleCount { Article = "337", Cases = 629 }, new ArticleCount { Article = "332", Cases = 30 } },
            ByCategory = { new CategoryCount { Category = Category.Awol, Cases = 629 }, new CategoryCount { Category = Category.ViolenceAgainstSuperior, Cases = 26 } },
        });

        Assert.Equal(
        [
            ("acquitted_defendants", 2, ""), ("article_cases", 30, "article=332"), ("article_cases", 629, "article=337"),
            ("cases", 708, ""), ("category_cases", 629, "category=awol"), ("category_cases", 26, "category=violence_against_superior"),
            ("convicted_defendants", 330, ""), ("data_version", 42, ""), ("defendants", 740, ""), ("known_sentences", 86, ""),
            ("pending_cases", 348, ""), ("suspended_sentences", 31, ""), ("suspended_share", 31.0 / 86, ""), ("verdict_cases", 360, ""),
        ], Collect());
    }

    [Fact]
    public void A_newer_summary_replaces_the_figures()
    {
        Gauges.Show(new GetSummaryResponse { Cases = 1, DataVersion = 1 });
        Gauges.Show(new GetSummaryResponse { Cases = 5, DataVersion = 2 });

        var measured = Collect();
        Assert.Equal(5, measured.Single(m => m.Name == "cases").Value);
        Assert.Equal(2, measured.Single(m => m.Name == "data_version").Value);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }
}
