using Mediazona.Collection.Sources.Sudrf;

namespace Mediazona.Collection.Captcha;

/// <summary>
/// Reads a court's captcha picture (an OCR model, a solving service, a person on call). Plug one in by registering it
/// before <c>AddCollection</c>; the default solves nothing, and a court behind a captcha waits for
/// <c>mzctl crawl --captcha</c>. Return null when unsure: a wrong answer costs a request and may get the crawler blocked.
/// </summary>
public interface ICaptchaSolver
{
    Task<string?> SolveAsync(string courtCode, CaptchaChallenge challenge, CancellationToken ct);
}

/// <summary>The default: no automatic solving; a person answers once per court.</summary>
public sealed class NoCaptchaSolver : ICaptchaSolver
{
    public Task<string?> SolveAsync(string courtCode, CaptchaChallenge challenge, CancellationToken ct) => Task.FromResult<string?>(null);
}
