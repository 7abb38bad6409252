using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mediazona.Contracts.Ingestion.V1;

namespace Mediazona.Collection.Publishing;

/// <summary>ImportCards through the gateway with the collector's API key: the page bytes, source URL, real Content-Type and fetch time.</summary>
public sealed class GatewayCardSink(IngestionService.IngestionServiceClient ingestion, ILogger<GatewayCardSink> logger) : ICardSink
{
    public async Task<IReadOnlyList<CardReceipt>> ImportAsync(IReadOnlyList<OutgoingCard> cards, CancellationToken ct)
    {
        var request = new ImportCardsRequest();
        request.Cards.AddRange(cards.Select(card => new CardInput
        {
            Content = ByteString.CopyFrom(card.Page.Content),
            SourceUrl = card.Page.Url.AbsoluteUri,
            ContentType = card.Page.ContentType,
            CourtCode = card.CourtCode,
            FetchedAt = Timestamp.FromDateTimeOffset(card.Page.FetchedAt),
        }));
        try
        {
            var response = await ingestion.ImportCardsAsync(request, cancellationToken: ct);
            return response.Results.OrderBy(r => r.Index).Select(Receipt).ToList();
        }
        catch (RpcException ex)
        {
            logger.LogWarning("ImportCards failed for {Count} cards: {Status} {Detail}", cards.Count, ex.StatusCode, ex.Status.Detail);
            return cards.Select(_ => new CardReceipt(false, false, $"RPC_{ex.StatusCode}", ex.Status.Detail)).ToList();
        }
    }

    static CardReceipt Receipt(RecordResult result) => new(
        result.Status != RecordStatus.Unspecified,
        result.Status == RecordStatus.New,
        result.Status.ToString(),
        result.Reason);
}
