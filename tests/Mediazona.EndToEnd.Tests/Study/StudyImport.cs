using System.Diagnostics;
using System.Runtime.CompilerServices;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;

namespace Mediazona.EndToEnd.Tests.Study;

/// <summary>
/// The study's cards imported once per suite through the gateway (POST /api/v1/cards:import), the sentences of other
/// sources added through AnnotateCase, and statistics polled until it holds them all.
/// </summary>
sealed class StudyImport
{
    const int CardsPerRequest = 100;
    static readonly ConditionalWeakTable<SuiteFixture, Task<StudyImport>> Imports = [];
    static readonly Lock Gate = new();

    StudyImport(IReadOnlyDictionary<string, string> codes, string report)
    {
        Codes = codes;
        Report = report;
    }

    /// <summary>Court key of the plan → the court code drawn for this run.</summary>
    public IReadOnlyDictionary<string, string> Codes { get; }

    /// <summary>How many cards, annotations and seconds it took (for the test output).</summary>
    public string Report { get; }

    /// <summary>The query string that restricts a statistics query to the study's courts.</summary>
    public string Courts => string.Join('&', Codes.Values.Select(c => "courtCodes=" + c));

    public static Task<StudyImport> Of(SuiteFixture suite)
    {
        lock (Gate)
            return Imports.GetValue(suite, s => RunAsync(s));
    }

    static async Task<StudyImport> RunAsync(SuiteFixture suite)
    {
        var clock = Stopwatch.StartNew();
        var codes = StudyPlan.Courts.Keys.ToDictionary(k => k, _ => Cases.NewCourtCode());
        var plan = StudyPlan.Expand();
        using var api = new JsonApi(suite.GatewayHttp);

        var ids = new string[plan.Count];
        var batches = new List<double>();
        foreach (var (chunk, start) in plan.Chunk(CardsPerRequest).Select((chunk, i) => (chunk, i * CardsPerRequest)))
        {
            var request = new ImportCardsRequest();
            request.Cards.AddRange(chunk.Select(c => CardPageWriter.Card(c, codes[c.CourtKey])));
            var batch = Stopwatch.StartNew();
            var response = await api.PostAsync<ImportCardsResponse>("/api/v1/cards:import", request);
            batches.Add(batch.Elapsed.TotalSeconds);
            foreach (var result in response.Results)
            {
                if (result.Status != RecordStatus.New)
                    throw new InvalidOperationException($"card {plan[start + result.Index].Number} of {plan[start + result.Index].Court.Name}: {result}");
                ids[start + result.Index] = result.CaseId;
            }
        }
        var imported = clock.Elapsed;

        // One case's annotations in order (each is a revision of it); cases side by side.
        var annotated = plan.Select((c, i) => (Case: c, Id: ids[i])).Where(x => x.Case.Annotated).ToList();
        await Parallel.ForEachAsync(annotated, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (x, _) =>
        {
            for (var ordinal = 1; ordinal <= x.Case.Defendants.Count; ordinal++)
            {
                if (x.Case.Defendants[ordinal - 1].Sentence is null)
                    continue;
                var request = new AnnotateCaseRequest { CaseId = x.Id, Annotation = SourceTexts.Annotation(x.Case, ordinal) };
                var response = await api.PostAsync<AnnotateCaseResponse>($"/api/v1/cases/{Uri.EscapeDataString(x.Id)}:annotate", request);
                if (response.Status != RecordStatus.Revision)
                    throw new InvalidOperationException($"annotation of {x.Case.Number} ({x.Case.Court.Name}) defendant {ordinal}: {response.Status}");
            }
        });
        var annotations = annotated.Sum(x => x.Case.Defendants.Count(d => d.Sentence is not null));
        var sent = clock.Elapsed;

        // Settled: every card counted and every sentence a source gives known (read far after the study, all cases).
        var planned = plan.Where(c => c.Verdict).Sum(c => c.Defendants.Count(d => d.Sentence is not null));
        var query = $"/api/v1/stats/summary?asOf=2030-01-01&allCases=true&{string.Join('&', codes.Values.Select(c => "courtCodes=" + c))}";
        string settled;
        try
        {
            var summary = await Eventually.Until(() => api.GetAsync<GetSummaryResponse>(query),
                s => s.Cases == plan.Count && s.KnownSentences == planned, suite, TimeSpan.FromSeconds(120));
            settled = $"settled after {clock.Elapsed.TotalSeconds:F1} s: {summary.Cases} cases, {summary.KnownSentences} known sentences";
        }
        catch (TimeoutException timeout)
        {
            // The figures below then say what differs; the poll's last value is kept for the diagnosis.
            settled = $"NOT settled after {clock.Elapsed.TotalSeconds:F1} s (expected {plan.Count} cases, {planned} known sentences): {timeout.Message}";
        }
        var report = $"{plan.Count} cards imported in {imported.TotalSeconds:F1} s ({batches.Count} requests: {string.Join(" ", batches.Select(b => b.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))} s); {annotations} annotations of {annotated.Count} cases sent by "
            + $"{sent.TotalSeconds:F1} s; {settled}\ncourts: {string.Join(", ", codes.Select(kv => $"{kv.Key}={kv.Value}"))}";
        return new StudyImport(codes, report);
    }
}
