using Mediazona.Collection.Sources.Sudrf;

namespace Mediazona.Collection.Crawling;

/// <summary>Which windows a run walks: those the schedule owes (null dates), or exactly the given entry dates.</summary>
public sealed record CrawlScope(DateOnly? From = null, DateOnly? To = null)
{
    public bool IsSchedule => From is null && To is null;
}

/// <summary>What one pass over a court did, and how it ended: <see cref="Fault"/> null = OK.</summary>
public sealed class CourtRun(string court)
{
    public string Court { get; } = court;
    public int Windows { get; set; }
    public int ListPages { get; set; }
    public int CardsFetched { get; set; }
    public int CardsAcknowledged { get; set; }
    public int NewCases { get; set; }
    /// <summary>Ingestion stored a new revision of a known case (a decision arrived, an act was published).</summary>
    public int Revisions { get; set; }
    public int Unchanged { get; set; }
    /// <summary>Ingestion refused the card (quarantined with its reason).</summary>
    public int Rejected { get; set; }
    public QueryVariant? Variant { get; set; }
    /// <summary>The captcha answer the court's searches carry (from an earlier pass, a person, or the solver during this one).</summary>
    public Storage.StoredCaptcha? Captcha { get; set; }
    /// <summary>New answers the solver gave during this pass.</summary>
    public int CaptchasSolved { get; set; }
    /// <summary>New answers since a search last got through: a court refusing them all is left alone after a few.</summary>
    public int CaptchaAnswersInARow { get; set; }
    public PageVerdict? Fault { get; set; }
    /// <summary>Why the court was not crawled at all (its lease is held elsewhere); never reads as OK.</summary>
    public string? NotRun { get; init; }

    public string Kind => NotRun is not null ? Storage.RunKinds.Leased : Fault?.Kind.ToString() ?? Storage.RunKinds.Ok;
    public string Cause => NotRun ?? Fault?.Cause ?? "";
}

/// <summary>A step of a run, for the Crawl RPC's stream and the logs.</summary>
public sealed record CrawlStep(string Court, EntryWindow? Window, string Message, CourtRun Run, bool Finished);
