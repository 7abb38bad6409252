using Google.Protobuf;
using MassTransit;
using Mediazona.Contracts.Events.V1;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mediazona.ServiceDefaults.Messaging;

public static class BusExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ (connection string "RabbitMq", an amqp:// URI) with protobuf bodies
    /// for the suite's events, quorum queues, and retries for transient failures of a consumer's store.
    /// </summary>
    public static IHostApplicationBuilder AddMediazonaBus(this IHostApplicationBuilder builder, string serviceName,
        Action<IBusRegistrationConfigurator>? consumers = null)
    {
        var rabbit = new Uri(builder.Configuration.GetConnectionString("RabbitMq") ?? "amqp://guest:guest@127.0.0.1:5672/");
        var (user, password) = Credentials(rabbit);

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            // MassTransit would otherwise post usage reports to its vendor: nothing leaves the cluster, and no warning per host.
            bus.DisableUsageTelemetry();
            consumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                {
                    rabbitEndpoint.SetQuorumQueue();
                    rabbitEndpoint.PrefetchCount = 16;
                }
                endpoint.UseMessageRetry(retry => retry.Exponential(12, TimeSpan.FromMilliseconds(200),
                    TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(500)));
            });
            bus.UsingRabbitMq((context, cfg) =>
            {
                var vhost = rabbit.AbsolutePath.Trim('/') is { Length: > 0 } path ? Uri.UnescapeDataString(path) : "/";
                cfg.Host(rabbit.Host, (ushort)(rabbit.IsDefaultPort ? 5672 : rabbit.Port), vhost, host =>
                {
                    host.Username(user);
                    host.Password(password);
                });
                var protobuf = new ProtobufSerializerFactory();
                cfg.AddSerializer(protobuf, false);
                cfg.AddDeserializer(protobuf);
                // Without these exclusions every interface of the generated types would get an exchange.
                cfg.Publish<IMessage>(publish => publish.Exclude = true);
                cfg.Publish<IBufferMessage>(publish => publish.Exclude = true);
                UseProtobuf<CasesRecorded>(cfg);
                UseProtobuf<CasesClassified>(cfg);
                UseProtobuf<RulesActivated>(cfg);
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    /// <summary>
    /// Sends T as protobuf and publishes it to its own exchange only: without the exclusions the generated
    /// type's interfaces (IMessage, IBufferMessage, ...) would each get an exchange. (System interfaces
    /// such as IEquatable are skipped by MassTransit itself and may not be named here.)
    /// </summary>
    static void UseProtobuf<T>(IRabbitMqBusFactoryConfigurator cfg) where T : class, IMessage<T>
    {
        cfg.Send<T>(send => send.UseSerializer(ProtobufMessageSerializer.ProtobufContentType));
        cfg.Publish<IMessage<T>>(publish => publish.Exclude = true);
        cfg.Publish<IDeepCloneable<T>>(publish => publish.Exclude = true);
    }

    static (string User, string Password) Credentials(Uri uri)
    {
        var parts = uri.UserInfo.Split(':', 2);
        return parts.Length == 2 && parts[0].Length > 0
            ? (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]))
            : ("guest", "guest");
    }
}
