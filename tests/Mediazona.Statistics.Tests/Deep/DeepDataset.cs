using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Tests.Infrastructure;
using Mediazona.Statistics.Tests.Queries;

namespace Mediazona.Statistics.Tests.Deep;

/// <summary>
/// The summary dataset with what the deeper queries also read made varied: court names (one with CSV-hostile
/// characters), published acts and punishment sources, drawn from a fixed seed.
/// </summary>
public static class DeepDataset
{
    public static readonly Dictionary<string, string> CourtNames = new(StringComparer.Ordinal)
    {
        ["46GV0001"] = "Курский гарнизонный военный суд",
        ["35GV0002"] = "Вологодский гарнизонный военный суд, \"второй\"",
        ["01OV0003"] = "Южный окружной\nвоенный суд",
    };

    public static IReadOnlyList<CaseClassification> Build()
    {
        var random = new Random(4042023);
        FactSource[] sources = [FactSource.PublishedAct, FactSource.PressRelease, FactSource.PressRelease, FactSource.Lawyer, FactSource.Card];
        var sent = SummaryDataset.Build().Select(c => c.Clone()).ToList();
        foreach (var card in sent)
        {
            card.Court.Name = CourtNames.GetValueOrDefault(card.Court.Code, $"Суд {card.Court.Code}");
            card.HasPublishedAct = random.Next(3) == 0;
            foreach (var defendant in card.Defendants.Where(d => d.Punishment is { Kind: not PunishmentKind.Unspecified }))
                defendant.Punishment.Source = sources[random.Next(sources.Length)];
            foreach (var defendant in card.Defendants.Where(d => d.Punishment is { Kind: PunishmentKind.Suspended }))
                defendant.Punishment.ProbationMonths = 12 + random.Next(24);
        }
        return sent;
    }
}

/// <summary>The deep dataset written through the projection writer in batches.</summary>
public sealed class DeepDatabase : StatisticsDatabase
{
    public IReadOnlyList<CaseClassification> Sent { get; } = DeepDataset.Build();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var batch in Sent.Chunk(30).Select(Cards.Batch))
            await Writer.ApplyAsync(batch, CancellationToken.None);
    }
}
