using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Benchmarks.Soak;

/// <summary>
/// Every statistics query through the gateway at a fixed total rate, round robin: the default summary (cached
/// until the data moves), summaries filtered by the run's courts, by article and part, by category and entry
/// dates, monthly intake, articles, sentences, courts, transparency, ListCases pages followed by their tokens,
/// the summary as transcoded JSON and the case table as CSV over HTTP, plus one WatchSummary stream held open
/// the whole time. Every non-OK status, non-2xx answer or broken stream is an error.
/// </summary>
sealed class QueryMix
{
    const int Workers = 8;
    readonly StatisticsService.StatisticsServiceClient _client;
    readonly HttpClient _http;
    readonly Metadata _headers;
    readonly string[] _courts;
    readonly string _today = DateTime.UtcNow.ToString("yyyy-MM-dd");
    readonly List<(string Name, Func<int, CancellationToken, Task> Run)> _queries;
    string _pageToken = "";
    int _counter;

    public ErrorCounter Errors { get; } = new();
    public LatencyLog Latencies { get; } = new();
    public int WatchUpdates;

    readonly TimeSpan _timeout;

    public QueryMix(GrpcChannel gateway, HttpClient http, Metadata headers, string[] courts, TimeSpan timeout)
    {
        _timeout = timeout;
        _client = new StatisticsService.StatisticsServiceClient(gateway);
        _http = http;
        _headers = headers;
        _courts = courts;
        _queries =
        [
            ("summary (default, cached)", (_, c) => _client.GetSummaryAsync(new GetSummaryRequest { AsOf = "2023-04-03" }, _headers, cancellationToken: c).ResponseAsync),
            ("summary by court", (n, c) => _client.GetSummaryAsync(new GetSummaryRequest { AsOf = _today, AllCases = true, CourtCodes = { Court(n) } }, _headers, cancellationToken: c).ResponseAsync),
            ("summary by article+part", (_, c) => _client.GetSummaryAsync(new GetSummaryRequest { AsOf = _today, Article = "337", Part = "5", CourtCodes = { _courts } }, _headers, cancellationToken: c).ResponseAsync),
            ("summary by category+entry", (_, c) => _client.GetSummaryAsync(new GetSummaryRequest { AsOf = _today, AllCases = true, Category = Category.Awol, EntryFrom = "2023-01-01", EntryTo = "2023-12-31" }, _headers, cancellationToken: c).ResponseAsync),
            ("monthly", (_, c) => _client.GetMonthlyIntakeAsync(new GetMonthlyIntakeRequest { AsOf = _today, AllCases = true, CourtCodes = { _courts } }, _headers, cancellationToken: c).ResponseAsync),
            ("articles", (_, c) => _client.GetArticleBreakdownAsync(new GetArticleBreakdownRequest { AsOf = _today, AllCases = true, CourtCodes = { _courts } }, _headers, cancellationToken: c).ResponseAsync),
            ("sentences", (_, c) => _client.GetSentenceStatsAsync(new GetSentenceStatsRequest { AsOf = _today, AllCases = true }, _headers, cancellationToken: c).ResponseAsync),
            ("courts", (_, c) => _client.GetCourtBreakdownAsync(new GetCourtBreakdownRequest { AsOf = _today, AllCases = true, CourtCodes = { _courts } }, _headers, cancellationToken: c).ResponseAsync),
            ("transparency", (_, c) => _client.GetTransparencyAsync(new GetTransparencyRequest { AsOf = _today, AllCases = true }, _headers, cancellationToken: c).ResponseAsync),
            ("ListCases page", ListCasesPageAsync),
            ("JSON summary (HTTP)", (n, c) => GetAsync($"/api/v1/stats/summary?allCases=true&courtCodes={Court(n)}", c)),
            ("CSV case table (HTTP)", (n, c) => GetAsync($"/api/v1/stats/cases.csv?allCases=true&courtCodes={Court(n)}&entryFrom=2023-03-01&entryTo=2023-03-10", c)),
        ];
    }

    public IEnumerable<string> Kinds => _queries.Select(q => q.Name).Append("WatchSummary stream");

    string Court(int n) => _courts[n % _courts.Length];

    public Task RunAsync(Stopwatch clock, TimeSpan until, double perSecond, CancellationToken stop)
    {
        // Each worker keeps its own schedule, staggered, so the total rate is perSecond.
        var interval = TimeSpan.FromSeconds(Workers / perSecond);
        var workers = Enumerable.Range(0, Workers).Select(w => WorkerAsync(clock, until, interval, interval * w / Workers, stop));
        return Task.WhenAll(workers.Append(WatchAsync(clock, until, stop)));
    }

    async Task WorkerAsync(Stopwatch clock, TimeSpan until, TimeSpan interval, TimeSpan offset, CancellationToken stop)
    {
        var next = clock.Elapsed + offset;
        while (clock.Elapsed < until && !stop.IsCancellationRequested)
        {
            var wait = next - clock.Elapsed;
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, stop);
            next = (next + interval) < clock.Elapsed - TimeSpan.FromSeconds(5) ? clock.Elapsed : next + interval;
            var n = Interlocked.Increment(ref _counter);
            var (name, run) = _queries[n % _queries.Count];
            var started = Stopwatch.GetTimestamp();
            // The request's deadline: a hung call is an error, not a stalled worker.
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop);
            deadline.CancelAfter(_timeout);
            try
            {
                await run(n / _queries.Count, deadline.Token);
                Latencies.Add(name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (RpcException ex) when (!stop.IsCancellationRequested)
            {
                Errors.Add(name, deadline.IsCancellationRequested ? $"no answer within {_timeout.TotalSeconds:N0} s" : ex.Status.ToString());
            }
            catch (HttpRequestException ex) when (!stop.IsCancellationRequested)
            {
                Errors.Add(name, ex.Message);
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                Errors.Add(name, $"no answer within {_timeout.TotalSeconds:N0} s");
            }
        }
    }

    /// <summary>Pages through the run's cases, starting over after the last page.</summary>
    async Task ListCasesPageAsync(int n, CancellationToken stop)
    {
        var request = new ListCasesRequest { AsOf = _today, AllCases = true, CourtCodes = { _courts }, PageSize = 200, PageToken = Volatile.Read(ref _pageToken) };
        var page = await _client.ListCasesAsync(request, _headers, cancellationToken: stop);
        Volatile.Write(ref _pageToken, page.NextPageToken);
    }

    async Task GetAsync(string pathAndQuery, CancellationToken stop)
    {
        using var response = await _http.GetAsync(pathAndQuery, HttpCompletionOption.ResponseContentRead, stop);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{(int)response.StatusCode} {response.ReasonPhrase} for {pathAndQuery}");
    }

    /// <summary>One WatchSummary stream for the whole run; if it breaks, that is an error and a new one is opened.</summary>
    async Task WatchAsync(Stopwatch clock, TimeSpan until, CancellationToken stop)
    {
        using var end = CancellationTokenSource.CreateLinkedTokenSource(stop);
        end.CancelAfter(until - clock.Elapsed);
        while (!end.IsCancellationRequested)
        {
            try
            {
                using var call = _client.WatchSummary(new WatchSummaryRequest { AsOf = _today, AllCases = true, CourtCodes = { _courts } }, _headers, cancellationToken: end.Token);
                await foreach (var update in call.ResponseStream.ReadAllAsync(end.Token))
                    Interlocked.Increment(ref WatchUpdates);
                Errors.Add("WatchSummary stream", "the stream ended while the soak ran");
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled && end.IsCancellationRequested)
            {
                return;
            }
            catch (OperationCanceledException) when (end.IsCancellationRequested)
            {
                return;
            }
            catch (RpcException ex)
            {
                Errors.Add("WatchSummary stream", ex.Status.ToString());
            }
            await Task.Delay(1000, stop);
        }
    }
}
