using Mediazona.Contracts.Collection.V1;
using Mediazona.ServiceDefaults.Grpc;

namespace Mediazona.Collection.Captcha;

/// <summary>A person's captcha answer as the Crawl call carries it, checked before it is kept.</summary>
public static class CaptchaAnswers
{
    public static CaptchaAnswer Validate(CaptchaAnswer answer, string field)
    {
        var checkedAnswer = new CaptchaAnswer
        {
            CourtCode = answer.CourtCode.Trim().ToUpperInvariant(),
            CaptchaId = answer.CaptchaId.Trim(),
            Answer = answer.Answer.Trim(),
        };
        if (checkedAnswer.CourtCode.Length == 0)
            throw Bad(field + ".court_code", "the court is missing");
        if (checkedAnswer.CaptchaId.Length is 0 or > 64 || !checkedAnswer.CaptchaId.All(char.IsAsciiLetterOrDigit))
            throw Bad(field + ".captcha_id", "the captchaid must be the form's 1-64 letters and digits");
        if (checkedAnswer.Answer.Length is 0 or > 16 || !checkedAnswer.Answer.All(char.IsAsciiLetterOrDigit))
            throw Bad(field + ".answer", "the answer must be what the picture shows: 1-16 letters or digits");
        return checkedAnswer;
    }

    static Grpc.Core.RpcException Bad(string field, string reason) =>
        RpcErrors.InvalidArgument("bad captcha answer", new FieldViolation(field, reason));
}
