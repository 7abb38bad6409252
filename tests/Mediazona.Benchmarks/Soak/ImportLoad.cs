using System.Diagnostics;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Benchmarks.Suite;
using Mediazona.Testing;

namespace Mediazona.Benchmarks.Soak;

/// <summary>
/// Imports at a fixed rate through the gateway, keeping a ledger of what statistics must end up counting.
/// SubmitCases batches cycle through three kinds, each with a status every record must get back:
/// new cases (NEW); every tenth batch re-sends batch b−3 unchanged (UNCHANGED, nothing stored or published);
/// every tenth, batch b−5 again with a change (REVISION: a pending case gets its verdict, a decided one a new
/// judge), so that the end check also proves a revision replaces its case instead of adding one.
/// ImportCards sends one request a second of card pages made unique from a fixture, plus a captcha page
/// every ten cards (REJECTED, quarantined). Any other status is an error.
/// </summary>
sealed class ImportLoad
{
    const string Verdict = "Вынесен ПРИГОВОР";
    readonly SoakOptions _options;
    readonly IngestionService.IngestionServiceClient _client;
    readonly Metadata _headers;
    readonly string[] _courts;
    readonly string _runTag;
    readonly string _cardTemplate;
    readonly byte[] _captcha;
    readonly Dictionary<int, int> _firstCaseOfBatch = [];
    int _nextCase;
    int _nextCard;

    public ErrorCounter Errors { get; } = new();
    public Expectation Expected { get; } = new();
    public LatencyLog Latencies { get; } = new();
    /// <summary>Records answered per status, for the report.</summary>
    public int New, Revisions, Unchanged, Rejected, Requests, LateTicks;

    public ImportLoad(SoakOptions options, GrpcChannel gateway, Metadata headers, string[] courts, string runTag)
    {
        _options = options;
        _client = new IngestionService.IngestionServiceClient(gateway);
        _headers = headers;
        _courts = courts;
        _runTag = runTag;
        var fixtures = Path.Combine(OwnSuite.RepositoryRoot(), "tests", "fixtures", "cards");
        _cardTemplate = File.ReadAllText(Path.Combine(fixtures, "new-layout-verdict-act-utf8.html"));
        _captcha = File.ReadAllBytes(Path.Combine(fixtures, "captcha.html"));
    }

    public Task RunAsync(Stopwatch clock, TimeSpan until, CancellationToken stop) => Task.WhenAll(
        Paced(TimeSpan.FromSeconds(_options.BatchSize / _options.CasesPerSecond), SubmitBatchAsync, clock, until, stop),
        _options.CardsPerSecond <= 0 ? Task.CompletedTask : Paced(TimeSpan.FromSeconds(1), ImportCardsAsync, clock, until, stop));

    /// <summary>Runs step at fixed ticks; when a step overruns, the next starts at once (and a lag over 5 s is dropped and counted).</summary>
    async Task Paced(TimeSpan interval, Func<int, CancellationToken, Task> step, Stopwatch clock, TimeSpan until, CancellationToken stop)
    {
        var next = clock.Elapsed;
        for (var tick = 0; clock.Elapsed < until && !stop.IsCancellationRequested; tick++)
        {
            var wait = next - clock.Elapsed;
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, stop);
            else if (wait < TimeSpan.FromSeconds(-5))
            {
                Interlocked.Increment(ref LateTicks);
                next = clock.Elapsed;
            }
            next += interval;
            try
            {
                await step(tick, stop);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug of the soak itself must show as an error, not silently end this loop.
                Errors.Add("soak client", $"{ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    async Task SubmitBatchAsync(int batch, CancellationToken stop)
    {
        (string Kind, List<CourtCase> Cases, RecordStatus Expected) plan = (batch % 10) switch
        {
            7 when _firstCaseOfBatch.ContainsKey(batch - 3) => ("resubmit", Generate(_firstCaseOfBatch[batch - 3], revise: false), RecordStatus.Unchanged),
            9 when _firstCaseOfBatch.ContainsKey(batch - 5) => ("revision", Generate(_firstCaseOfBatch[batch - 5], revise: true), RecordStatus.Revision),
            _ => ("new", Generate(_nextCase, revise: false), RecordStatus.New),
        };
        var (kind, cases, expected) = plan;
        var first = _nextCase;
        if (kind == "new")
            _nextCase += _options.BatchSize;
        var request = new SubmitCasesRequest { Cases = { cases } };
        var started = Stopwatch.GetTimestamp();
        SubmitCasesResponse reply;
        try
        {
            reply = await _client.SubmitCasesAsync(request, _headers, deadline: DateTime.UtcNow + _options.RequestTimeout, cancellationToken: stop);
        }
        catch (RpcException ex) when (!stop.IsCancellationRequested)
        {
            // A failed batch of new cases is not re-sent later (its outcome is unknown), so one failure stays one error.
            Errors.Add("SubmitCases", ex.Status.ToString());
            return;
        }
        if (kind == "new")
            _firstCaseOfBatch[batch] = first;
        Latencies.Add("SubmitCases", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Interlocked.Increment(ref Requests);
        CheckStatuses("SubmitCases " + kind, reply.Results, _ => expected);
        lock (Expected)
        {
            if (kind == "new")
                foreach (var c in cases) Expected.Add(c);
            else if (kind == "revision")
                foreach (var c in cases) Expected.Revise(c);
        }
    }

    List<CourtCase> Generate(int first, bool revise) =>
        [.. Enumerable.Range(first, _options.BatchSize).Select(i => revise ? Revised(SyntheticCases.Case(i, _courts, _runTag)) : SyntheticCases.Case(i, _courts, _runTag))];

    static CourtCase Revised(CourtCase original)
    {
        var revised = original.Clone();
        if (revised.DecisionDate.Length == 0)
        {
            revised.DecisionDate = DateOnly.Parse(revised.EntryDate, System.Globalization.CultureInfo.InvariantCulture).AddDays(45).ToString("yyyy-MM-dd");
            revised.OutcomeRaw = Verdict;
        }
        else
        {
            revised.Judge = "Судья по пересмотру";
        }
        return revised;
    }

    async Task ImportCardsAsync(int tick, CancellationToken stop)
    {
        var count = (int)Math.Max(1, Math.Round(_options.CardsPerSecond));
        var request = new ImportCardsRequest();
        var courts = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var n = Interlocked.Increment(ref _nextCard);
            var court = _courts[n % _courts.Length];
            courts.Add(court);
            // A card page of its own: the case number and uid are the card's identity.
            var page = _cardTemplate
                .Replace("1-19/2024", $"1-{n}/{_runTag}к", StringComparison.Ordinal)
                .Replace("75GV0003-01-2024-000019-88", $"{court}-01-2024-{n:D6}-{_runTag}", StringComparison.Ordinal);
            request.Cards.Add(new CardInput { Content = ByteString.CopyFrom(Encoding.UTF8.GetBytes(page)), ContentType = "text/html; charset=utf-8", CourtCode = court });
        }
        if (tick % 10 == 0)
            request.Cards.Add(new CardInput { Content = ByteString.CopyFrom(_captcha), ContentType = "text/html; charset=utf-8", CourtCode = _courts[0] });

        var started = Stopwatch.GetTimestamp();
        ImportCardsResponse reply;
        try
        {
            reply = await _client.ImportCardsAsync(request, _headers, deadline: DateTime.UtcNow + _options.RequestTimeout, cancellationToken: stop);
        }
        catch (RpcException ex) when (!stop.IsCancellationRequested)
        {
            Errors.Add("ImportCards", ex.Status.ToString());
            return;
        }
        Latencies.Add("ImportCards", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Interlocked.Increment(ref Requests);
        CheckStatuses("ImportCards", reply.Results, index => index < count ? RecordStatus.New : RecordStatus.Rejected);
        lock (Expected)
        {
            foreach (var (court, index) in courts.Select((c, i) => (c, i)))
            {
                if (reply.Results.FirstOrDefault(r => r.Index == index)?.Status == RecordStatus.New)
                    Expected.AddCard(court);
            }
        }
    }

    void CheckStatuses(string what, IEnumerable<RecordResult> results, Func<int, RecordStatus> expected)
    {
        foreach (var result in results)
        {
            var wanted = expected(result.Index);
            switch (result.Status)
            {
                case RecordStatus.New: Interlocked.Increment(ref New); break;
                case RecordStatus.Revision: Interlocked.Increment(ref Revisions); break;
                case RecordStatus.Unchanged: Interlocked.Increment(ref Unchanged); break;
                case RecordStatus.Rejected: Interlocked.Increment(ref Rejected); break;
            }
            if (result.Status != wanted)
                Errors.Add($"{what}: status", $"record {result.Index} is {result.Status}, expected {wanted} ({result.Reason})");
        }
    }
}

/// <summary>What statistics must count for the run's courts once everything imported has flowed through.</summary>
sealed class Expectation
{
    readonly Dictionary<string, (int Defendants, bool Verdict, string Court)> _cases = [];
    readonly Dictionary<string, int> _byCourt = [];
    public int Cases => _cases.Count;
    public int Defendants { get; private set; }
    public int VerdictCases { get; private set; }
    /// <summary>Revisions ingestion must have stored: one per new case plus one per revision.</summary>
    public int StoredRevisions { get; private set; }
    public IReadOnlyDictionary<string, int> CasesByCourt => _byCourt;

    public void Add(CourtCase courtCase)
    {
        var verdict = courtCase.OutcomeRaw == "Вынесен ПРИГОВОР" && courtCase.DecisionDate.Length > 0;
        Put(courtCase.Court.Code + "|" + courtCase.CaseNumber, courtCase.Defendants.Count, verdict, courtCase.Court.Code);
    }

    public void Revise(CourtCase courtCase)
    {
        var key = courtCase.Court.Code + "|" + courtCase.CaseNumber;
        var old = _cases[key];
        var verdict = courtCase.OutcomeRaw == "Вынесен ПРИГОВОР" && courtCase.DecisionDate.Length > 0;
        VerdictCases += (verdict ? 1 : 0) - (old.Verdict ? 1 : 0);
        _cases[key] = (old.Defendants, verdict, old.Court);
        StoredRevisions++;
    }

    /// <summary>A card page from the fixture: one defendant, a verdict.</summary>
    public void AddCard(string court) => Put($"card|{_cases.Count}", 1, verdict: true, court);

    void Put(string key, int defendants, bool verdict, string court)
    {
        _cases[key] = (defendants, verdict, court);
        Defendants += defendants;
        VerdictCases += verdict ? 1 : 0;
        StoredRevisions++;
        _byCourt[court] = _byCourt.GetValueOrDefault(court) + 1;
    }
}
