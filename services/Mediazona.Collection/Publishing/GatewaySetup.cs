using Mediazona.Contracts.Ingestion.V1;
using Microsoft.Extensions.Options;

namespace Mediazona.Collection.Publishing;

public static class GatewaySetup
{
    /// <summary>The ingestion client pointed at the gateway (Collection:Gateway), sending Collection:ApiKey as x-api-key on every call.</summary>
    public static IServiceCollection AddIngestionThroughGateway(this IServiceCollection services)
    {
        services.AddGrpcClient<IngestionService.IngestionServiceClient>((sp, client) =>
                client.Address = new Uri(sp.GetRequiredService<IOptions<CollectionOptions>>().Value.Gateway))
            .AddCallCredentials((_, metadata, sp) =>
            {
                metadata.Add("x-api-key", sp.GetRequiredService<IOptions<CollectionOptions>>().Value.ApiKey);
                return Task.CompletedTask;
            })
            // Call credentials insist on TLS by default, and the gateway's gRPC port inside the cluster is h2c.
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true);
        services.AddSingleton<ICardSink, GatewayCardSink>();
        return services;
    }
}
