using System.CommandLine;
using Mediazona.Cli.Statistics;
using Mediazona.Contracts.Collection.V1;
using Mediazona.Courts.Registry;

namespace Mediazona.Cli.Collection;

/// <summary>mzctl crawl's options, read into one CrawlRequest.</summary>
internal sealed class CrawlOptions
{
    public Option<string[]> Courts { get; } = CourtOption("Crawl this court, or a district or fleet court and every court under it; repeat for several (default: every enabled court).");

    public Option<DateOnly?> Since { get; } = StatsOptions.DateOption("--since", "Walk cases received on or after this date, YYYY-MM-DD (default: the windows the schedule owes).");

    public Option<DateOnly?> Until { get; } = StatsOptions.DateOption("--until", "... and on or before this date, YYYY-MM-DD (default: today).");

    public Option<string[]> Sites { get; } = new("--site")
    {
        Description = "Crawl a court at another address for this pass: CODE=URL, requests go to URL/modules.php?… (a mirror, a proxy, a local copy); repeat for several.",
        HelpName = "CODE=URL",
        Arity = ArgumentArity.ZeroOrMore,
        CustomParser = result =>
        {
            var values = result.Tokens.Select(t => t.Value).ToArray();
            if (values.FirstOrDefault(v => ParseSite(v) is null) is { } bad)
                result.AddError($"--site must be CODE=URL with an http(s) URL, not '{bad}'.");
            return values;
        },
    };

    public Option<bool> Captcha { get; } = new("--captcha")
    {
        Description = "Answer the named courts' captchas first: each picture is saved as captcha-CODE.png and you type what it shows; the collector keeps the answer for the court until the court refuses it. Needs --court.",
    };

    public Option<string> CaptchaFolder { get; } = new("--captcha-dir")
    {
        Description = "Where --captcha saves the pictures (default: the current folder).",
        HelpName = "DIR",
        DefaultValueFactory = _ => ".",
    };

    public static Option<string[]> CourtOption(string description) => new("--court")
    {
        Description = description,
        HelpName = "CODE",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Courts, Since, Until, Sites, Captcha, CaptchaFolder })
            command.Add(option);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Captcha) && (result.GetValue(Courts) ?? []).Length == 0)
                result.AddError("--captcha needs --court: name the courts whose captchas you will answer.");
        });
    }

    /// <summary>The request: district codes expanded through the registry, the courts of --site crawled too when --court names none.</summary>
    public CrawlRequest Read(ParseResult parse, CourtRegistry registry)
    {
        var request = new CrawlRequest();
        var sites = (parse.GetValue(Sites) ?? []).Select(v => ParseSite(v)!).ToList();
        request.SiteOverrides.AddRange(sites);
        request.CourtCodes.AddRange(CourtFilter.Expand(parse.GetValue(Courts) ?? [], registry));
        if (parse.GetValue(Since) is { } since)
            request.FromDate = new Google.Type.Date { Year = since.Year, Month = since.Month, Day = since.Day };
        if (parse.GetValue(Until) is { } until)
            request.ToDate = new Google.Type.Date { Year = until.Year, Month = until.Month, Day = until.Day };
        return request;
    }

    /// <summary>"99GV0001=http://127.0.0.1:8090/99GV0001/" → the override; null when it is not CODE=URL.</summary>
    public static SiteOverride? ParseSite(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
            return null;
        var code = text[..equals].Trim().ToUpperInvariant();
        var url = text[(equals + 1)..].Trim();
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && code.Length > 0
            ? new SiteOverride { CourtCode = code, BaseUrl = url }
            : null;
    }
}
