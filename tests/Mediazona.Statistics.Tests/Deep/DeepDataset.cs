using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Tests.Infrastructure;
using Mediazona.Statistics.Tests.Queries;

namespace Mediazona.Statistics.Tests.Deep;

/// <summary>
/// The summary dataset with what the deeper queries also read made varied: court names (one with CSV-hostile
/// characters), published acts and punishment sources, art. 30 stages and art. 33 roles on charges, the sentence's
/// art. 44 kind with its details and additional punishments, hidden names and provenance, drawn from a fixed seed.
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
            foreach (var charge in card.Defendants.SelectMany(d => d.Charges).Where(c => c.Charge.Article is "337" or "338"))
            {
                charge.Stage = Stages[random.Next(Stages.Length)];
                charge.Complicity = random.Next(8) == 0 ? (ComplicityRole)random.Next(1, 6) : ComplicityRole.Unspecified;
            }
            foreach (var defendant in card.Defendants)
                Detail(random, defendant);
            card.SourceUrl = $"https://court.example/card/{card.CaseId}";
            card.PageSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(card.CaseId)));
        }
        return sent;
    }

    /// <summary>Completed most often; attempts of AWOL and desertion common enough that "338 at ATTEMPT" has people.</summary>
    static readonly OffenceStage[] Stages =
        [OffenceStage.Unspecified, OffenceStage.Unspecified, OffenceStage.Unspecified, OffenceStage.Attempt, OffenceStage.Attempt, OffenceStage.Preparation];

    static void Detail(Random random, DefendantClassification d)
    {
        d.NameHidden = random.Next(4) == 0;
        if (d.Punishment is not { } p || p.Kind is PunishmentKind.Unspecified or PunishmentKind.Acquitted)
            return;
        d.PenaltyKind = p.Kind switch
        {
            PunishmentKind.Imprisonment or PunishmentKind.Suspended => PenaltyKind.DeprivationOfLiberty,
            PunishmentKind.DisciplinaryUnit => PenaltyKind.DisciplinaryUnit,
            PunishmentKind.Fine => PenaltyKind.Fine,
            PunishmentKind.CompulsoryLabour => PenaltyKind.ForcedLabour,
            _ => random.Next(2) == 0 ? PenaltyKind.CorrectiveLabour : PenaltyKind.CompulsoryWorks,
        };
        if (p.Kind == PunishmentKind.Imprisonment)
            p.Regime = (ColonyRegime)random.Next(1, 5);
        if (p.Kind == PunishmentKind.Fine)
            p.FineRubles = 10_000 * random.Next(1, 30);
        if (d.PenaltyKind == PenaltyKind.CorrectiveLabour)
            d.WithholdingPercent = 5 * random.Next(1, 5);
        if (d.PenaltyKind == PenaltyKind.CompulsoryWorks)
            d.CompulsoryHours = 40 * random.Next(1, 10);
        if (random.Next(3) == 0)
            d.AdditionalPunishments.Add(new AdditionalPunishment { Kind = AdditionalPunishmentKind.Fine, FineRubles = 5_000 * random.Next(1, 20) });
        if (random.Next(4) == 0)
            d.AdditionalPunishments.Add(new AdditionalPunishment { Kind = AdditionalPunishmentKind.RestrictionOfFreedom, TermMonths = random.Next(6, 24) });
        if (random.Next(5) == 0)
            d.AdditionalPunishments.Add(new AdditionalPunishment { Kind = AdditionalPunishmentKind.BanOnPosts, TermMonths = random.Next(12, 36) });
        if (random.Next(4) == 0)
            d.AdditionalPunishments.Add(new AdditionalPunishment { Kind = AdditionalPunishmentKind.DeprivationOfRank });
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
