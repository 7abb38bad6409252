namespace Mediazona.Client;

/// <summary>What a call does, which decides its default deadline and whether it is retried.</summary>
public enum CallKind
{
    /// <summary>A unary read: no side effects, retried on UNAVAILABLE.</summary>
    Query,
    /// <summary>A unary call that changes the suite's data: never retried by the client.</summary>
    Write,
    /// <summary>A streaming read (WatchSummary): retried on UNAVAILABLE until its first message.</summary>
    StreamingQuery,
    /// <summary>A streaming call with side effects (Crawl, StreamCards): never retried.</summary>
    StreamingWrite,
}
