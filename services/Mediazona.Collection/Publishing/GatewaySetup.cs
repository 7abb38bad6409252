using Mediazona.Contracts.Ingestion.V1;

namespace Mediazona.Collection.Publishing;

public static class GatewaySetup
{
    /// <summary>
    /// The ingestion client pointed at the gateway (Collection:Gateway, its gRPC h2c address), sending Collection:ApiKey
    /// (ingest scope) as x-api-key on every call.
    /// </summary>
    public static IServiceCollection AddIngestionThroughGateway(this IServiceCollection services, IConfiguration section)
    {
        var gateway = section["Gateway"] is { Length: > 0 } address ? new Uri(address) : new Uri(new CollectionOptions().Gateway);
        var apiKey = section["ApiKey"] ?? "";
        services.AddGrpcClient<IngestionService.IngestionServiceClient>(client => client.Address = gateway)
            .AddCallCredentials((_, metadata) =>
            {
                metadata.Add("x-api-key", apiKey);
                return Task.CompletedTask;
            })
            // Call credentials insist on TLS by default, and the gateway's gRPC port inside the cluster is h2c.
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true);
        services.AddSingleton<ICardSink, GatewayCardSink>();
        return services;
    }
}
