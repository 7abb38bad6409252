using Grpc.Core;

namespace Mediazona.Cli.Gateway;

/// <summary>
/// Whether and how mzctl watch subscribes again after the stream ended or the connection dropped: after 1 s, doubling
/// up to 30 s while the attempts bring no update (one update starts again at 1 s). Wait is the pause itself (the tests
/// give one that does not sleep).
/// </summary>
internal sealed record WatchRetry(bool Enabled, Func<TimeSpan, CancellationToken, Task> Wait)
{
    static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    public static WatchRetry Default { get; } = new(true, Task.Delay);

    public static WatchRetry Off { get; } = new(false, (_, _) => Task.CompletedTask);

    /// <summary>The pause after this many failures in a row before it (0: the first since an update).</summary>
    public static TimeSpan Pause(int failuresBefore) =>
        failuresBefore >= 5 ? Longest : TimeSpan.FromSeconds(1 << failuresBefore);

    /// <summary>How a dropped connection or a restarting gateway fails: worth another subscription. A refusal is not.</summary>
    public static bool Transient(StatusCode status) =>
        status is StatusCode.Unavailable or StatusCode.Internal or StatusCode.Aborted or StatusCode.DeadlineExceeded;
}
