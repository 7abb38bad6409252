using System.Globalization;
using MassTransit;
using Mediazona.Classification.Rules;
using Mediazona.Contracts.Events.V1;

namespace Mediazona.Classification.Publishing;

/// <summary>
/// Announces the active rule table at every start (RulesActivated), retrying until the broker takes it:
/// ingestion replays stored cases once per newer version, so announcing an old version again is harmless.
/// </summary>
public sealed class RulesAnnouncer(IBus bus, RuleTable rules, ILogger<RulesAnnouncer> logger) : BackgroundService
{
    static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);

    public static RulesActivated Message(RuleTable rules) => new()
    {
        RulesVersion = rules.Version,
        EffectiveFrom = rules.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PublishUntilAcceptedAsync(async ct => await bus.Publish(Message(rules), ct), Backoff, logger, rules.Version, stoppingToken);

    /// <summary>1 s, 2 s, 4 s … capped at 30 s.</summary>
    static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(attempt - 1, 5))));

    /// <summary>Calls publish until it succeeds or the host stops; each attempt has its own timeout. Returns the attempts made.</summary>
    public static async Task<int> PublishUntilAcceptedAsync(Func<CancellationToken, Task> publish, Func<int, TimeSpan> backoff,
        ILogger logger, int version, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(AttemptTimeout);
                await publish(timeout.Token);
                logger.LogInformation("Announced rules v{Version} (attempt {Attempt})", version, attempt);
                return attempt;
            }
            catch (Exception ex)
            {
                if (stoppingToken.IsCancellationRequested)
                    return attempt;
                logger.LogWarning(ex, "Could not announce rules v{Version} yet (attempt {Attempt}); retrying", version, attempt);
            }
            try
            {
                await Task.Delay(backoff(attempt), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return attempt;
            }
        }
    }
}
