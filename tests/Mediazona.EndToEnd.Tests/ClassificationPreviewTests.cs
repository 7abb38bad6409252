using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Classification.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests;

/// <summary>Classify and GetRules through the gateway's JSON port: a verdict's text becomes a sentence with its source.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ClassificationPreviewTests(SuiteFixture suite)
{
    const string Verdict = """
        рассмотрев уголовное дело в отношении Иванова Ивана Ивановича, призванного на военную службу по мобилизации,
        обвиняемого в совершении преступления, предусмотренного ч. 5 ст. 337 УК РФ,
        ПРИГОВОРИЛ:
        Признать Иванова Ивана Ивановича виновным в совершении преступления, предусмотренного ч. 5 ст. 337 УК РФ,
        и назначить ему наказание в виде лишения свободы на срок 2 (два) года 6 (шесть) месяцев.
        На основании ст. 73 УК РФ назначенное Иванову И.И. наказание считать условным с испытательным сроком 3 (три) года.
        """;

    [Fact]
    public async Task A_preview_reads_the_sentence_from_the_published_verdict()
    {
        var defendant = new Defendant { Ordinal = 1, Name = "Иванов Иван Иванович", ChargesRaw = "ст.337 ч.5 УК РФ" };
        var courtCase = Case(NewCourtCode(), "1-31/2024", "2024-01-10", defendant).Decided("2024-03-01", "Вынесен ПРИГОВОР");
        courtCase.Acts.Add(new JudicialAct { Kind = "Приговор", Text = Verdict, Url = "https://example.invalid/act/1" });
        using var api = new JsonApi(suite.GatewayHttp);

        var response = await api.PostAsync<ClassifyResponse>("/api/v1/classify", new ClassifyRequest { Case = courtCase });

        var classified = Assert.Single(response.Classification.Defendants);
        Assert.Equal((PunishmentKind.Suspended, 30, 36), (classified.Punishment.Kind, classified.Punishment.TermMonths, classified.Punishment.ProbationMonths));
        Assert.Equal((FactSource.PublishedAct, "https://example.invalid/act/1"), (classified.Punishment.Source, classified.Punishment.SourceUrl));
        Assert.Equal(ServiceType.Mobilised, classified.ServiceType);
        Assert.True(classified.Convicted);
        Assert.True(response.Classification.RulesVersion >= 1);
    }

    [Fact]
    public async Task The_rules_in_force_are_the_version_classifications_carry()
    {
        using var api = new JsonApi(suite.GatewayHttp);

        var rules = await api.GetAsync<GetRulesResponse>("/api/v1/rules");
        var preview = await api.PostAsync<ClassifyResponse>("/api/v1/classify",
            new ClassifyRequest { Case = Case(NewCourtCode(), "1-32/2024", "2024-01-10", Defendant(1, "ст.338 ч.3 УК РФ")) });

        Assert.Equal(rules.Version, preview.Classification.RulesVersion);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", rules.EffectiveFrom);
        Assert.Contains(rules.Rules, r => r is { Article: "337", Part: "5", MobilisationEra: true });
    }
}
