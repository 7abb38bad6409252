using Mediazona.Collection.Courts;
using Mediazona.Collection.Monitoring;
using Mediazona.Collection.Storage;
using Microsoft.Extensions.Options;

namespace Mediazona.Collection.Health;

/// <summary>Every known court's health, read from the store and assessed now.</summary>
public sealed class CourtHealthReader(ICourtDirectory courts, CrawlStore store, IOptions<CollectionOptions> options, TimeProvider clock, CollectionMetrics metrics)
{
    public async Task<IReadOnlyList<CourtHealth>> ReadAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var states = (await store.StatesAsync(ct)).ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var disabled = options.Value.Disabled.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var health = new List<CourtHealth>();
        foreach (var code in courts.All().Select(c => c.Code).Concat(states.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            if (codes.Count > 0 && !codes.Contains(code, StringComparer.OrdinalIgnoreCase))
                continue;
            var entries = states.ContainsKey(code) ? await store.EntryDatesAsync(code, ct) : [];
            health.Add(HealthAssessor.Assess(code, disabled.Contains(code), states.GetValueOrDefault(code), entries, today, options.Value.StaleProbability));
        }
        metrics.SetHealth(health);
        return health;
    }
}
