using Google.Protobuf;
using Mediazona.Contracts.Collection.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Mediazona.FakeCourts;
using static Mediazona.EndToEnd.Tests.Collection.FakeCourtCrawl;

namespace Mediazona.EndToEnd.Tests.Collection;

/// <summary>
/// `mzctl crawl --captcha` through the real suite against a fake court behind a captcha: the person reads the picture mzctl
/// saved, types the digits, and the court's cases arrive in the statistics exactly.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class CaptchaCrawlTests(SuiteFixture suite) : IAsyncLifetime
{
    FakeCourtSite _site = null!;
    readonly string _folder = Directory.CreateTempSubdirectory("mz-captcha-").FullName;

    public async Task InitializeAsync() =>
        // Courts of their own (99GV0201…), so the other crawl tests' court 3 stays behind its captcha.
        _site = await FakeCourtSite.StartAsync(new FakeSiteOptions { Courts = 4, FirstCodeNumber = 201, MinCases = 25, MaxCases = 35, CaptchaAnswerLasts = 500 });

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_person_types_the_captcha_mzctl_shows_and_the_court_is_collected()
    {
        var court = _site.Courts[3];
        using var mzctl = Mzctl.Start(suite, SuiteKeys.Admin, "crawl", "--captcha", "--captcha-dir", _folder, "--court", court.Code,
            "--site", $"{court.Code}={_site.BaseUrl(court.Code)}", "--since", Since.ToString("yyyy-MM-dd"), "--until", Until.ToString("yyyy-MM-dd"), "--format", "json");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4)); // a bound, not an assertion
        var output = mzctl.StandardOutput.ReadToEndAsync(timeout.Token);

        // The prompt names the saved picture and its captcha id; the "person" reads the digits the fake court drew.
        var prompt = await ReadPromptAsync(mzctl.StandardError, timeout.Token);
        var id = System.Text.RegularExpressions.Regex.Match(prompt, @"\(captcha (\w+)\)").Groups[1].Value;
        var picture = Path.Combine(_folder, $"captcha-{court.Code}.png");
        Assert.Contains(picture, prompt, StringComparison.Ordinal);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await File.ReadAllBytesAsync(picture, timeout.Token))[..4]);
        await mzctl.StandardInput.WriteLineAsync(_site.Captcha(court.Code).AnswerOf(id));
        mzctl.StandardInput.Close();

        var errors = mzctl.StandardError.ReadToEndAsync(timeout.Token);
        await mzctl.WaitForExitAsync(timeout.Token);
        Assert.True(mzctl.ExitCode == 0, $"exit {mzctl.ExitCode}: {prompt}{await errors}");
        var result = JsonParser.Default.Parse<CrawlSummary>(await output).Courts.Single();
        Assert.Equal(("OK", court.Cases.Count), (result.Result, result.CardsFetched));
        Assert.Equal(Truth(court), (await SettledAsync(suite, [court], TimeSpan.FromMinutes(2)))[court.Code]);
    }

    /// <summary>stderr up to the prompt (it ends without a newline: the person types on the same line).</summary>
    static async Task<string> ReadPromptAsync(StreamReader error, CancellationToken ct)
    {
        var text = new System.Text.StringBuilder();
        var buffer = new char[1];
        while (!text.ToString().EndsWith("type what it shows: ", StringComparison.Ordinal))
        {
            if (await error.ReadAsync(buffer, ct) == 0)
                throw new InvalidOperationException("mzctl ended before asking: " + text);
            text.Append(buffer[0]);
        }
        return text.ToString();
    }
}
