using Mediazona.Collection.Captcha;
using Mediazona.Collection.Health;
using Mediazona.Collection.Sources.Sudrf;
using Mediazona.Collection.Tests.Support;
using Mediazona.FakeCourts;
using Mediazona.FakeCourts.Truth;

namespace Mediazona.Collection.Tests.Crawling;

/// <summary>
/// A court behind a captcha (fake court 3: every search needs a solved captcha, one answer serves four searches): a plugged-in
/// solver, a person's answer kept between passes, and the bound on how often a pass asks for new answers.
/// </summary>
public sealed class CaptchaTests : IAsyncLifetime
{
    FakeCourtSite _site = null!;
    TestDatabase _database = null!;
    RecordingIngestion Ingestion { get; } = new();

    FakeCourt Court => _site.Courts[3];

    /// <summary>Reads the picture as a person would: what the fake court drew (or a fixed wrong answer); counts what it was shown.</summary>
    sealed class ReadingSolver(FakeCourtSite site, string? alwaysAnswer = null) : ICaptchaSolver
    {
        public List<CaptchaChallenge> Shown { get; } = [];

        public Task<string?> SolveAsync(string courtCode, CaptchaChallenge challenge, CancellationToken ct)
        {
            Shown.Add(challenge);
            return Task.FromResult(alwaysAnswer ?? site.Captcha(courtCode).AnswerOf(challenge.Id));
        }
    }

    public async Task InitializeAsync()
    {
        _site = await FakeCourtSite.StartAsync(new FakeSiteOptions { Courts = 4, FirstCourtCases = 20, MinCases = 40, MaxCases = 50, CaptchaAnswerLasts = 4 });
        _database = await TestDatabase.CreateAsync();
        await Ingestion.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Ingestion.DisposeAsync();
        await _database.DisposeAsync();
        await _site.DisposeAsync();
    }

    /// <summary>A collector with the default bound on new answers in a row (3).</summary>
    Collector NewCollector(ICaptchaSolver? solver = null) => new(_site, _database, Ingestion, null, solver);

    List<string> CollectedCaseNumbers() => Ingestion.Stored.Where(c => c.CourtCode == Court.Code).Select(c => c.Case!.CaseNumber).Order().ToList();

    List<string> TrueCaseNumbers() => Court.Cases.Select(c => c.CaseNumber).Order().ToList();

    [Fact]
    public async Task A_plugged_in_solver_gets_every_card_and_is_asked_again_each_time_an_answer_runs_out()
    {
        var solver = new ReadingSolver(_site);
        // Answers last four searches, so a backfill needs many: the bound is on refusals in a row, not on answers a pass.
        await using var collector = NewCollector(solver);
        var steps = await collector.CrawlAsync(Court.Code);

        var finished = steps.Single(s => s.Finished);
        Assert.Null(finished.Run.Fault);
        Assert.Equal(TrueCaseNumbers(), CollectedCaseNumbers());
        // Each picture the solver saw was a new challenge from the form; answers lasted four searches, so there were several.
        Assert.Equal(_site.Captcha(Court.Code).Issued, solver.Shown.Count);
        Assert.InRange(solver.Shown.Count, 3, 50);
        Assert.All(solver.Shown, c => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], c.Image[..4]));
        Assert.Equal(solver.Shown.Count, finished.Run.CaptchasSolved);
        Assert.Equal(CourtHealthStatus.Ok, (await collector.HealthAsync())[Court.Code].Status);
    }

    [Fact]
    public async Task Without_a_solver_the_court_waits_for_a_person_whose_answer_is_used_until_the_court_refuses_it()
    {
        await using (var collector = NewCollector())
        {
            var first = (await collector.CrawlAsync(Court.Code)).Single(s => s.Finished);
            Assert.Equal(PageKind.Captcha, first.Run.Fault!.Kind);
            Assert.Contains($"mzctl crawl --captcha --court {Court.Code}", first.Run.Fault.Cause, StringComparison.Ordinal);
            Assert.Empty(CollectedCaseNumbers());
            Assert.Equal(CourtHealthStatus.Captcha, (await collector.HealthAsync())[Court.Code].Status);
        }

        // A person answers, pass after pass (each pass a restarted collector): every answer serves four searches, the windows
        // walked are kept, and the court's cards all arrive, none twice.
        var passes = 0;
        while (passes++ < 30)
        {
            await using var collector = NewCollector();
            var (challenge, _) = await collector.Captcha.ChallengeAsync(collector.Site(Court.Code), null, CancellationToken.None);
            await collector.Captcha.KeepAsync(Court.Code, challenge!.Id, _site.Captcha(Court.Code).AnswerOf(challenge.Id)!, CancellationToken.None);
            var run = (await collector.CrawlAsync(Court.Code)).Single(s => s.Finished).Run;
            if (run.Fault is null)
                break;
            Assert.Equal(PageKind.Captcha, run.Fault.Kind);
            Assert.Contains("refused the captcha answer the person gave", run.Fault.Cause, StringComparison.Ordinal);
            Assert.Null(await collector.Store.CaptchaAsync(Court.Code, CancellationToken.None)); // forgotten once refused
        }
        Assert.InRange(passes, 3, 30);
        Assert.Equal(TrueCaseNumbers(), CollectedCaseNumbers());
        Assert.Equal(Ingestion.Stored.Count, Ingestion.Received.Count);
    }

    [Fact]
    public async Task A_solver_whose_answers_the_court_refuses_is_asked_only_three_times_in_a_row()
    {
        var solver = new ReadingSolver(_site, alwaysAnswer: "00000");
        await using var collector = NewCollector(solver);
        var finished = (await collector.CrawlAsync(Court.Code)).Single(s => s.Finished);

        Assert.Equal(PageKind.Captcha, finished.Run.Fault!.Kind);
        Assert.Contains("refused the captcha answer the solver gave", finished.Run.Fault.Cause, StringComparison.Ordinal);
        Assert.Equal(3, solver.Shown.Count);
        Assert.Empty(CollectedCaseNumbers());
    }
}
