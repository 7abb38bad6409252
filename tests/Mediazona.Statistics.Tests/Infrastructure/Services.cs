using System.Net;
using System.Net.Sockets;
using Mediazona.Statistics.Caching;
using Mediazona.Statistics.DataVersion;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Rpc;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace Mediazona.Statistics.Tests.Infrastructure;

/// <summary>Wires the handler the way Program.cs does, over a given database and Redis connection.</summary>
static class Services
{
    public static VersionedCache Cache(IConnectionMultiplexer redis) =>
        new(redis, Options.Create(new CacheOptions()), TimeProvider.System, TestMetrics.Suite, NullLogger<VersionedCache>.Instance);

    /// <summary>The handler; without <paramref name="versions"/> it reads the data version per request (no listener, as before one connects).</summary>
    public static StatisticsRpc Rpc(NpgsqlDataSource dataSource, IConnectionMultiplexer redis, WatchOptions? watch = null, DataVersionSource? versions = null)
    {
        var queries = new StatisticsQueries(dataSource);
        var cache = new HotAnswers(Cache(redis));
        return new(queries, versions ?? new DataVersionSource(queries.Version), cache, new CachedSummary(queries, cache), TimeProvider.System,
            Options.Create(watch ?? new WatchOptions()));
    }

    public static Task<ConnectionMultiplexer> RedisAsync() => ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);

    /// <summary>A multiplexer pointed at a port nobody listens on, configured like the host's (never blocks start-up).</summary>
    public static async Task<ConnectionMultiplexer> UnreachableRedisAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = ConfigurationOptions.Parse($"127.0.0.1:{port}");
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 200;
        options.AsyncTimeout = 1000;
        return await ConnectionMultiplexer.ConnectAsync(options);
    }
}
