using Mediazona.Collection.Crawling;

namespace Mediazona.Collection.Publishing;

/// <summary>A fetched card on its way to ingestion, with the court it came from.</summary>
public sealed record OutgoingCard(FetchedPage Page, string CourtCode);

/// <summary>What ingestion said of one card. Acknowledged = stored, revised, unchanged or rejected for good (quarantined).</summary>
public sealed record CardReceipt(bool Acknowledged, bool IsNew, string Status, string Reason);

/// <summary>Where cards go: ingestion's ImportCards, through the gateway.</summary>
public interface ICardSink
{
    /// <summary>One receipt per card, in order; when the call fails, every receipt is unacknowledged (the cards are fetched again later).</summary>
    Task<IReadOnlyList<CardReceipt>> ImportAsync(IReadOnlyList<OutgoingCard> cards, CancellationToken ct);
}
