using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Rpc;
using Mediazona.Statistics.Tests.Infrastructure;

namespace Mediazona.Statistics.Tests.Queries;

/// <summary>The dataset written through the projection writer in batches (one batch delivered twice).</summary>
public sealed class SummaryDatabase : StatisticsDatabase
{
    public IReadOnlyList<CaseClassification> Sent { get; } = SummaryDataset.Build();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var batches = Sent.Chunk(25).Select(Cards.Batch).ToList();
        foreach (var batch in batches)
            await Writer.ApplyAsync(batch, CancellationToken.None);
        await Writer.ApplyAsync(batches[1], CancellationToken.None); // a redelivery
    }
}

public class SummaryQueryTests(SummaryDatabase db) : IClassFixture<SummaryDatabase>
{
    static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    async Task<GetSummaryResponse> Run(GetSummaryRequest request)
    {
        var filter = SummaryRequestParser.Parse(request, Today).Filter ?? throw new ArgumentException("invalid request", nameof(request));
        return SummaryResponses.ToResponse(await new SummaryQuery(db.DataSource).RunAsync(filter, CancellationToken.None));
    }

    public static TheoryData<string> Scenarios => [.. Requests.Keys];

    static readonly Dictionary<string, GetSummaryRequest> Requests = new()
    {
        ["default (today, mobilisation era)"] = new(),
        ["as of 2023-04-03"] = new() { AsOf = "2023-04-03" },
        ["as of 2023-04-03, all cases"] = new() { AsOf = "2023-04-03", AllCases = true },
        ["as of 2023-01-15"] = new() { AsOf = "2023-01-15" },
        ["as of 2022-08-01 (nothing yet)"] = new() { AsOf = "2022-08-01" },
        ["one court"] = new() { AsOf = "2023-04-03", CourtCodes = { "46GV0001" } },
        ["two courts, all cases"] = new() { AsOf = "2023-04-03", CourtCodes = { "46GV0001", "01OV0003" }, AllCases = true },
        ["article 337"] = new() { AsOf = "2023-04-03", Article = "337" },
        ["article 337 part 5"] = new() { AsOf = "2023-04-03", Article = "337", Part = "5" },
        ["article 337 part 1, all cases"] = new() { AsOf = "2023-04-03", Article = "337", Part = "1", AllCases = true },
        ["article 228 (never mobilisation era alone)"] = new() { AsOf = "2023-04-03", Article = "228", AllCases = true },
        ["category desertion"] = new() { AsOf = "2023-04-03", Category = Category.Desertion },
        ["category AWOL with article 337 part 3.1"] = new() { AsOf = "2023-04-03", Category = Category.Awol, Article = "337", Part = "3.1" },
        ["article 337 with category desertion (matches no charge)"] = new() { AsOf = "2023-04-03", Category = Category.Desertion, Article = "337" },
        ["entry range"] = new() { AsOf = "2023-04-03", EntryFrom = "2022-11-01", EntryTo = "2023-01-31" },
        ["court, article and entry range"] = new() { AsOf = "2023-06-01", CourtCodes = { "35GV0002" }, Article = "337", EntryFrom = "2022-12-01", AllCases = true },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Figures_match_an_independent_count_of_the_input(string scenario)
    {
        var request = Requests[scenario];

        var actual = Figures.Of(await Run(request));

        Assert.Equal(SummaryOracle.Expect(db.Sent, request, Today), actual);
    }

    [Fact]
    public async Task The_dataset_exercises_every_figure()
    {
        // Guards the scenarios above against passing on an empty or degenerate dataset.
        var all = await Run(new GetSummaryRequest { AllCases = true });

        Assert.All(new[] { all.Cases, all.Defendants, all.VerdictCases, all.PendingCases, all.ConvictedDefendants,
            all.AcquittedDefendants, all.KnownSentences, all.SuspendedSentences }, n => Assert.True(n > 0));
        Assert.True(all.Cases > (await Run(new GetSummaryRequest())).Cases, "some cases are not mobilisation-era");
        Assert.True(all.ByCategory.Count >= 5);
    }

    [Fact]
    public async Task A_case_entered_after_as_of_is_not_counted()
    {
        var before = await Run(new GetSummaryRequest { AsOf = "2023-04-03", CourtCodes = { SummaryDataset.LateEntryCourt } });
        var onTheDay = await Run(new GetSummaryRequest { AsOf = "2023-04-04", CourtCodes = { SummaryDataset.LateEntryCourt } });

        Assert.Equal((0, 0), (before.Cases, before.Defendants));
        Assert.Equal((1, 1, 1), (onTheDay.Cases, onTheDay.Defendants, onTheDay.PendingCases));
    }

    [Fact]
    public async Task A_verdict_decided_after_as_of_counts_as_pending()
    {
        var late = db.Sent.Single(c => c.CaseId == "late-verdict");
        var before = await Run(new GetSummaryRequest { AsOf = "2023-04-09", CourtCodes = { SummaryDataset.LateVerdictCourt } });
        var after = await Run(new GetSummaryRequest { AsOf = "2023-04-10", CourtCodes = { SummaryDataset.LateVerdictCourt } });

        Assert.Equal((1, 0, 1, 0, 0), (before.Cases, before.VerdictCases, before.PendingCases, before.ConvictedDefendants, before.AcquittedDefendants));
        Assert.Equal((1, 1, 0), (after.Cases, after.VerdictCases, after.PendingCases));
        Assert.Equal(late.Defendants.Count(d => d.Convicted), after.ConvictedDefendants);
        Assert.Equal(late.Defendants.Count(d => d.Acquitted), after.AcquittedDefendants);
    }

    [Fact]
    public async Task A_defendant_counts_once_per_article_and_a_case_once_in_totals()
    {
        var late = db.Sent.Single(c => c.CaseId == "late-verdict");

        var summary = await Run(new GetSummaryRequest { AsOf = "2023-04-10", CourtCodes = { SummaryDataset.LateVerdictCourt } });

        Assert.Equal(1, summary.Cases);
        Assert.Equal(late.Defendants.Count, summary.Defendants);
        var awol = Assert.Single(summary.ByArticle, a => a.Article == "337");
        Assert.Equal((1, late.Defendants.Count(d => d.Charges.Any(c => c.Charge.Article == "337"))), (awol.Cases, awol.Defendants));
        Assert.Equal(1, Assert.Single(summary.ByCategory, c => c.Category == Category.ViolenceAgainstSuperior).Cases);
    }

    [Fact]
    public async Task Suspended_share_is_taken_among_known_sentences_of_convicted_defendants()
    {
        var cases = db.Sent.Where(c => c.Court.Code == SummaryDataset.SentencesCourt).ToList();
        var convicted = cases.SelectMany(c => c.Defendants).Where(d => d.Convicted).ToList();
        var known = convicted.Count(d => d.Punishment.Kind != PunishmentKind.Unspecified);
        var suspended = convicted.Count(d => d.Punishment.Kind == PunishmentKind.Suspended);

        var all = await Run(new GetSummaryRequest { AsOf = "2023-04-03", CourtCodes = { SummaryDataset.SentencesCourt }, AllCases = true });
        var mobilisation = await Run(new GetSummaryRequest { AsOf = "2023-04-03", CourtCodes = { SummaryDataset.SentencesCourt } });

        Assert.Equal((convicted.Count, known, suspended), (all.ConvictedDefendants, all.KnownSentences, all.SuspendedSentences));
        Assert.Equal((double)suspended / known, all.SuspendedShare, 12);
        // sentences-3 is a peacetime 337 ч.1 case: only all_cases counts it.
        Assert.Equal(all.Cases - 1, mobilisation.Cases);
    }

    [Fact]
    public async Task By_article_lists_the_most_frequent_first()
    {
        var summary = await Run(new GetSummaryRequest { AsOf = "2023-04-03", AllCases = true });

        Assert.Equal(summary.ByArticle.OrderByDescending(a => a.Cases).ThenBy(a => a.Article, StringComparer.Ordinal).Select(a => a.Article),
            summary.ByArticle.Select(a => a.Article));
    }

    [Fact]
    public async Task Answers_carry_the_current_data_version()
    {
        var summary = await Run(new GetSummaryRequest());

        Assert.Equal(await db.DataVersionAsync(), summary.DataVersion);
    }
}
