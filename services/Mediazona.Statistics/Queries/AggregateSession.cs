using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// A transaction for the aggregates over per-case shapes: with the default work_mem the planner expects too many
/// groups for a hash aggregate and sorts a million rows instead (about 3× slower at 1M cases).
/// </summary>
public static class AggregateSession
{
    public static async Task<NpgsqlTransaction> BeginAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var set = new NpgsqlCommand("set local work_mem = '64MB'", connection, transaction);
        await set.ExecuteNonQueryAsync(cancellationToken);
        return transaction;
    }
}
