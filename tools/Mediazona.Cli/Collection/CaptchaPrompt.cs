using Grpc.Core;
using Mediazona.Contracts.Collection.V1;

namespace Mediazona.Cli.Collection;

/// <summary>
/// mzctl crawl --captcha: for each court of the pass, the collector fetches a new captcha from the court's search form; the
/// picture is saved as a file, a person types what it shows, and the answers go with the crawl. The collector keeps each answer
/// for the court's later passes until the court refuses it. A court whose form shows no captcha is crawled as it is.
/// </summary>
internal static class CaptchaPrompt
{
    public static async Task<IReadOnlyList<CaptchaAnswer>> AskAsync(
        CollectionService.CollectionServiceClient client, CrawlRequest request, string folder, TextReader input, TextWriter prompt, CancellationToken ct)
    {
        var sites = request.SiteOverrides.ToDictionary(s => s.CourtCode, s => s.BaseUrl, StringComparer.OrdinalIgnoreCase);
        var answers = new List<CaptchaAnswer>();
        foreach (var court in request.CourtCodes)
        {
            GetCaptchaResponse captcha;
            try
            {
                captcha = await client.GetCaptchaAsync(new GetCaptchaRequest { CourtCode = court, BaseUrl = sites.GetValueOrDefault(court, "") }, cancellationToken: ct);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
            {
                await prompt.WriteLineAsync($"{court}: no captcha to answer ({ex.Status.Detail})");
                continue;
            }
            var file = Path.GetFullPath(Path.Combine(folder, $"captcha-{court}{Extension(captcha.ImageType)}"));
            await File.WriteAllBytesAsync(file, captcha.Image.ToByteArray(), ct);
            await prompt.WriteAsync($"{court}: open {file} (captcha {captcha.CaptchaId}) and type what it shows: ");
            await prompt.FlushAsync(ct);
            var answer = (await input.ReadLineAsync(ct))?.Trim();
            if (string.IsNullOrEmpty(answer))
                throw new RpcException(new Status(StatusCode.Cancelled, $"no answer was typed for {court}'s captcha"));
            answers.Add(new CaptchaAnswer { CourtCode = court, CaptchaId = captcha.CaptchaId, Answer = answer });
        }
        return answers;
    }

    static string Extension(string imageType) => imageType switch
    {
        "image/jpeg" or "image/jpg" => ".jpg",
        "image/gif" => ".gif",
        _ => ".png",
    };
}
