using Mediazona.Contracts.Collection.V1;
using Mediazona.ServiceDefaults.Grpc;

namespace Mediazona.Collection.Captcha;

/// <summary>A person's captcha answer as the Crawl call carries it, checked before it is kept.</summary>
public static class CaptchaAnswers
{
    /// <param name="crawled">The courts of this crawl: an answer is kept only for one of them.</param>
    public static CaptchaAnswer Validate(CaptchaAnswer answer, string field, IReadOnlySet<string> crawled)
    {
        var checkedAnswer = new CaptchaAnswer
        {
            CourtCode = answer.CourtCode.Trim().ToUpperInvariant(),
            CaptchaId = answer.CaptchaId.Trim(),
            Answer = answer.Answer.Trim(),
        };
        if (!crawled.Contains(checkedAnswer.CourtCode))
            throw Bad(field + ".court_code", $"'{checkedAnswer.CourtCode}' is not a court of this crawl (name it in court_codes)");
        if (checkedAnswer.CaptchaId.Length is 0 or > 128 || checkedAnswer.CaptchaId.Any(char.IsControl))
            throw Bad(field + ".captcha_id", "the captchaid must be the one the form gave (1-128 characters)");
        if (checkedAnswer.Answer.Length is 0 or > 16 || !checkedAnswer.Answer.All(char.IsAsciiLetterOrDigit))
            throw Bad(field + ".answer", "the answer must be what the picture shows: 1-16 letters or digits");
        return checkedAnswer;
    }

    static Grpc.Core.RpcException Bad(string field, string reason) =>
        RpcErrors.InvalidArgument("bad captcha answer", new FieldViolation(field, reason));
}
