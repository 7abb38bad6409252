using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Mediazona.ServiceDefaults.Caching;

public static class RedisExtensions
{
    /// <summary>
    /// A shared Redis connection (connection string "Redis") that never blocks start-up and reconnects by
    /// itself; its health check reports Degraded, not Unhealthy, because the services answer without Redis.
    /// </summary>
    public static IHostApplicationBuilder AddRedis(this IHostApplicationBuilder builder)
    {
        var options = ConfigurationOptions.Parse(builder.Configuration.GetConnectionString("Redis") ?? "127.0.0.1:6379");
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        options.AsyncTimeout = 1000;
        options.SyncTimeout = 1000;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready]);
        return builder;
    }
}

sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(redis.IsConnected
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("Redis is unreachable: answers come from PostgreSQL, uncached"));
}
