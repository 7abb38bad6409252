using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Mediazona.ServiceDefaults.Storage;

public static class PostgresExtensions
{
    /// <summary>
    /// A pooled NpgsqlDataSource for connection string "Postgres", the service's SQL migrations
    /// (embedded resources under Storage/Migrations, applied in name order before the host serves),
    /// and a readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddPostgres(this IHostApplicationBuilder builder, Assembly migrations)
    {
        var connectionString = builder.Configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("ConnectionStrings:Postgres is not configured");
        builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        builder.Services.AddSingleton(sp => new DatabaseMigrator(connectionString, migrations,
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DatabaseMigrator>>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseMigrator>());
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready]);
        return builder;
    }
}

sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("select 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is unreachable", ex);
        }
    }
}
