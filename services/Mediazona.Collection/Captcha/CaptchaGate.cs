using Mediazona.Collection.Courts;
using Mediazona.Collection.Crawling;
using Mediazona.Collection.Sources.Sudrf;
using Mediazona.Collection.Storage;

namespace Mediazona.Collection.Captcha;

/// <summary>
/// Where the crawler gets past a court's captcha: a new challenge from the court's search form, an answer from the plugged-in
/// solver, kept for the court's later searches. Answers a person typed (mzctl crawl --captcha) are kept the same way.
/// </summary>
public sealed class CaptchaGate(CourtFetcher fetcher, ICaptchaSolver solver, CrawlStore store, TimeProvider clock, ILogger<CaptchaGate> logger)
{
    public const string ByPerson = "person";
    public const string BySolver = "solver";

    /// <summary>A new challenge from the court's search form (the given generation's form first, then the other's), or null with the page that held none.</summary>
    public async Task<(CaptchaChallenge? Challenge, FetchedPage Form)> ChallengeAsync(CourtSite court, QueryVariant? variant, CancellationToken ct)
    {
        FetchedPage? form = null;
        foreach (var generation in variant is { } known ? [known, known.IsGenerationB() ? QueryVariant.A : QueryVariant.B] : new[] { QueryVariant.A, QueryVariant.B })
        {
            form = await fetcher.FetchAsync(SearchUrls.Form(court.BaseUrl, generation), ct);
            if (CaptchaForm.Read(form.Text) is { } challenge)
                return (challenge, form);
            if (form.Verdict.IsFault && form.Verdict.Kind != PageKind.Captcha)
                break; // the court is down or blocked: the other form will not do better
        }
        return (null, form!);
    }

    /// <summary>A person's answer to a challenge they were shown: kept for the court's searches.</summary>
    public Task KeepAsync(string court, string captchaId, string answer, CancellationToken ct) =>
        store.SetCaptchaAsync(court, new StoredCaptcha(captchaId, answer, clock.GetUtcNow(), ByPerson), ct);

    /// <summary>The court refused this answer (wrong, or its time ran out): forget it, unless a newer one was kept meanwhile.</summary>
    public Task ForgetAsync(string court, string refusedId, CancellationToken ct) => store.ForgetCaptchaAsync(court, refusedId, ct);

    /// <summary>A new answer from the solver, kept for the court; null when the form shows no captcha or the solver has none.</summary>
    public async Task<StoredCaptcha?> SolveAsync(CourtSite court, QueryVariant? variant, CancellationToken ct)
    {
        var (challenge, _) = await ChallengeAsync(court, variant, ct);
        if (challenge is null)
            return null;
        string? answer;
        try
        {
            answer = (await solver.SolveAsync(court.Code, challenge, ct))?.Trim();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("{Court}: the captcha solver failed: {Error}", court.Code, ex.Message);
            return null;
        }
        if (string.IsNullOrEmpty(answer))
            return null;
        var solved = new StoredCaptcha(challenge.Id, answer, clock.GetUtcNow(), BySolver);
        await store.SetCaptchaAsync(court.Code, solved, ct);
        return solved;
    }
}
