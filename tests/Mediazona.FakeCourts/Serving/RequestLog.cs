using System.Collections.Concurrent;

namespace Mediazona.FakeCourts.Serving;

/// <summary>One request as the fake court saw it: when it started and ended, what was asked, what was answered.</summary>
public sealed record LoggedRequest(string Court, DateTimeOffset Started, DateTimeOffset Finished, string PathAndQuery, int Status, string Kind, string UserAgent);

/// <summary>Every request to every court, so a test can measure politeness (overlap, gaps) from the server's side.</summary>
public sealed class RequestLog
{
    readonly ConcurrentQueue<LoggedRequest> _requests = new();

    public void Add(LoggedRequest request) => _requests.Enqueue(request);

    public IReadOnlyList<LoggedRequest> All => [.. _requests];

    public IReadOnlyList<LoggedRequest> For(string court) => _requests.Where(r => r.Court == court).OrderBy(r => r.Started).ToList();
}
