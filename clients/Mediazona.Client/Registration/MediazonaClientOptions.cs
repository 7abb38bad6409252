namespace Mediazona.Client;

/// <summary>Where the suite is and how to call it; set through <see cref="MediazonaClientServiceCollectionExtensions.AddMediazonaClient"/>.</summary>
public sealed class MediazonaClientOptions
{
    /// <summary>The gateway's gRPC address, e.g. http://127.0.0.1:8081 (h2c) or an https:// one.</summary>
    public Uri? Address { get; set; }

    /// <summary>Sent as <c>x-api-key</c> on every call; never logged. Null sends no key.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Deadline of a unary read (GetSummary, GetCase, ListCourts, …) that has none of its own.</summary>
    public TimeSpan? QueryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deadline of a unary write (SubmitCases, ImportCards, AnnotateCase, Replay) that has none of its own.</summary>
    public TimeSpan? WriteTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Deadline of a streaming call (WatchSummary, Crawl, StreamCards); null by default: streams run until cancelled.</summary>
    public TimeSpan? StreamTimeout { get; set; }

    /// <summary>Attempts of an idempotent call (every read) that fails with UNAVAILABLE, the first included; 1 turns retries off.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The largest answer accepted (case tables can be large).</summary>
    public int MaxReceiveMessageSize { get; set; } = 64 * 1024 * 1024;

    /// <summary>The key stays out of logs and exception texts, so this does not show it.</summary>
    public override string ToString() => $"Address={Address}, ApiKey={(ApiKey is null ? "(none)" : "(set)")}";
}
