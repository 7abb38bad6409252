namespace Mediazona.Collection;

/// <summary>Section «Collection»: where cards go, which courts, how politely, how far back.</summary>
public sealed class CollectionOptions
{
    /// <summary>The gateway's gRPC address (h2c), e.g. http://127.0.0.1:8081: cards go to ingestion through it.</summary>
    public string Gateway { get; set; } = "http://127.0.0.1:8081";
    public string ApiKey { get; set; } = "";
    /// <summary>Crawl every court of the registry (services/Mediazona.Courts); false: only the courts of <see cref="Sites"/>.</summary>
    public bool RegistryCourts { get; set; } = true;
    public List<ConfiguredSite> Sites { get; set; } = [];
    /// <summary>Courts never crawled (their health reads DISABLED).</summary>
    public List<string> Disabled { get; set; } = [];
    /// <summary>Crawl on a schedule in the background (off: only the Crawl RPC runs passes).</summary>
    public bool Scheduled { get; set; } = true;
    public DateOnly BackfillFrom { get; set; } = new(2022, 9, 24);
    public int WindowDays { get; set; } = 90;
    /// <summary>Windows ending this close to today are crawled again on every run (new cases, changed decisions).</summary>
    public int RecentDays { get; set; } = 45;
    public TimeSpan RunEvery { get; set; } = TimeSpan.FromHours(6);
    /// <summary>Pending cases (no decision yet) are fetched again when their card is older than this.</summary>
    public TimeSpan RefetchPendingAfter { get; set; } = TimeSpan.FromDays(7);
    public int RefetchPendingPerRun { get; set; } = 200;
    public PolitenessOptions Politeness { get; set; } = new();
    /// <summary>STALE when zero new cases in the observed silence is less likely than this under the court's own rate.</summary>
    public double StaleProbability { get; set; } = 0.001;
    public int CardsPerImport { get; set; } = 25;
    /// <summary>New captcha answers asked of the plugged-in solver in a row without a search getting through (each costs a form request; a court that refuses them all waits for the next pass).</summary>
    public int CaptchaAnswersInARow { get; set; } = 3;
    /// <summary>Unclassifiable pages kept for inspection (content-addressed), oldest dropped first.</summary>
    public int UnknownPagesKept { get; set; } = 200;
    public int UnknownPageMaxBytes { get; set; } = 512 * 1024;
    /// <summary>How long a court stays taken after its crawler's last heartbeat (renewed every quarter of it while crawling).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);
}

public sealed class ConfiguredSite
{
    public string Code { get; set; } = "";
    public string? Name { get; set; }
    public string BaseUrl { get; set; } = "";
}

/// <summary>How the collector treats a court's site.</summary>
public sealed class PolitenessOptions
{
    /// <summary>Between the end of one request to a court and the start of the next.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(1.5);
    /// <summary>Up to this much more, at random, so requests do not tick like a clock.</summary>
    public TimeSpan Jitter { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Requests in flight across all courts.</summary>
    public int GlobalConcurrency { get; set; } = 4;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);
    public int Retries { get; set; } = 4;
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(5);
    public string UserAgent { get; set; } = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
}
