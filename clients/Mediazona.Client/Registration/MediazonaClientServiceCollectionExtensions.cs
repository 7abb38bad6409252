using Grpc.Net.ClientFactory;
using Mediazona.Contracts.Collection.V1;
using Mediazona.Contracts.Courts.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mediazona.Client;

/// <summary>Registers the suite's typed gRPC clients.</summary>
public static class MediazonaClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IngestionService.IngestionServiceClient"/>, <see cref="StatisticsService.StatisticsServiceClient"/>,
    /// <see cref="CourtsService.CourtsServiceClient"/> and <see cref="CollectionService.CollectionServiceClient"/> over
    /// Grpc.Net.ClientFactory: the API key on every call (its header redacted from HttpClient logs), a default deadline per
    /// <see cref="CallKind"/>, gRPC retries on UNAVAILABLE for idempotent calls only, the incoming call's deadline and
    /// cancellation when called from inside a gRPC service, and a span per call (<see cref="MediazonaClientTelemetry"/>).
    /// </summary>
    public static IServiceCollection AddMediazonaClient(this IServiceCollection services, Action<MediazonaClientOptions> configure)
    {
        services.AddOptions<MediazonaClientOptions>()
            .Configure(configure)
            .Validate(o => o.Address is { IsAbsoluteUri: true }, "MediazonaClientOptions.Address must be an absolute URI such as http://127.0.0.1:8081")
            .ValidateOnStart();
        Add<IngestionService.IngestionServiceClient>(services);
        Add<StatisticsService.StatisticsServiceClient>(services);
        Add<CourtsService.CourtsServiceClient>(services);
        Add<CollectionService.CollectionServiceClient>(services);
        return services;
    }

    static void Add<TClient>(IServiceCollection services) where TClient : class =>
        services.AddGrpcClient<TClient>((provider, factory) => factory.Address = Options(provider).Address)
            .ConfigureChannel((provider, channel) =>
            {
                var options = Options(provider);
                channel.ServiceConfig = CallPolicies.RetryConfig(options);
                channel.MaxReceiveMessageSize = options.MaxReceiveMessageSize;
                channel.MaxSendMessageSize = null; // the gateway enforces its own limit
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                // Watches sit idle between changes: pings keep proxies from dropping them.
                KeepAlivePingDelay = TimeSpan.FromSeconds(60),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
            })
            .EnableCallContextPropagation(o => o.SuppressContextNotFoundErrors = true)
            .AddInterceptor(provider => new MediazonaCallInterceptor(Options(provider)))
            .RedactLoggedHeaders([MediazonaCallInterceptor.ApiKeyHeader]);

    static MediazonaClientOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<MediazonaClientOptions>>().Value;
}
