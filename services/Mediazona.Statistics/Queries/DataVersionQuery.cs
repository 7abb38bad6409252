using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>Reads the projection's data version: one indexed single-row read per request.</summary>
public sealed class DataVersionQuery(NpgsqlDataSource dataSource)
{
    public async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select version from data_version");
        return await command.ExecuteScalarAsync(cancellationToken) is long version
            ? version
            : throw new InvalidOperationException("data_version has no row: was migration 001_projection applied?");
    }
}
