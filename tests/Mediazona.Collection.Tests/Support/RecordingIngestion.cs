extern alias ingestion;

using System.Collections.Concurrent;
using Grpc.Core;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Ingestion.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ingestion::Mediazona.Ingestion.Sources.Sudrf;

namespace Mediazona.Collection.Tests.Support;

/// <summary>A card as the stand-in for ingestion received it, and the case ingestion's parser reads from it (null: rejected).</summary>
public sealed record ReceivedCard(string CourtCode, string SourceUrl, string ContentType, DateTimeOffset FetchedAt, byte[] Content, CourtCase? Case);

/// <summary>
/// A stand-in for ingestion's ImportCards behind the gateway, on a loopback h2c port: it insists on the API key, reads every
/// card with ingestion's own parser and answers NEW for a page it has not stored, UNCHANGED for one it has, REJECTED for one
/// the parser refuses. It can fail calls on purpose. It stores nothing in PostgreSQL and publishes nothing: the full suite's
/// end-to-end test (gateway, ingestion, statistics) is still to come.
/// </summary>
public sealed class RecordingIngestion : IngestionService.IngestionServiceBase, IAsyncDisposable
{
    public const string ApiKey = "collector-test-key";

    readonly ConcurrentDictionary<string, ReceivedCard> _stored = new();
    readonly ConcurrentQueue<ReceivedCard> _received = new();
    WebApplication? _app;
    int _failCalls;

    public Uri Address { get; private set; } = null!;

    public IReadOnlyCollection<ReceivedCard> Stored => _stored.Values.ToList();
    public IReadOnlyCollection<ReceivedCard> Received => _received.ToList();
    public int CallsWithoutKey { get; private set; }

    /// <summary>The next <paramref name="calls"/> ImportCards calls fail with UNAVAILABLE (nothing stored).</summary>
    public void FailNext(int calls) => Interlocked.Exchange(ref _failCalls, calls);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(this);
        _app = builder.Build();
        _app.MapGrpcService<RecordingIngestion>();
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public override Task<ImportCardsResponse> ImportCards(ImportCardsRequest request, ServerCallContext context)
    {
        if (context.RequestHeaders.GetValue("x-api-key") != ApiKey)
        {
            CallsWithoutKey++;
            throw new RpcException(new Status(StatusCode.Unauthenticated, "no or wrong API key"));
        }
        if (Interlocked.Decrement(ref _failCalls) >= 0)
            throw new RpcException(new Status(StatusCode.Unavailable, "ingestion is restarting (injected)"));
        var response = new ImportCardsResponse();
        foreach (var (card, index) in request.Cards.Select((c, i) => (c, i)))
        {
            var parsed = CardParser.Parse(card.Content.ToByteArray(), new CardSource(card.SourceUrl, card.ContentType, card.CourtCode));
            var received = new ReceivedCard(card.CourtCode, card.SourceUrl, card.ContentType, card.FetchedAt.ToDateTimeOffset(), card.Content.ToByteArray(), parsed.Card);
            _received.Enqueue(received);
            var status = parsed.Card is null ? RecordStatus.Rejected : _stored.TryAdd(card.SourceUrl, received) ? RecordStatus.New : RecordStatus.Unchanged;
            response.Results.Add(new RecordResult { Index = index, Status = status, Revision = status == RecordStatus.Rejected ? 0 : 1, Reason = parsed.Rejection?.Reason ?? "" });
        }
        return Task.FromResult(response);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
