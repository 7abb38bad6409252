using Npgsql;

namespace Mediazona.Statistics.Receipts;

/// <summary>
/// Keeps case_history (migrations 011, 012) with the projection: after the batch has moved the data version, the changed cases'
/// open rows close at it and the applied ones open anew from it, with what they now say. One command of the writer's batch.
/// </summary>
public static class CaseHistory
{
    // $1 every case applied or removed, $2 those applied. The update and the insert see the same snapshot: the rows the
    // insert adds are not closed by the update.
    const string Sql = """
        with v as (select version from data_version),
        closed as (
            update case_history h set to_version = v.version from v
            where h.case_id = any($1) and h.to_version is null)
        insert into case_history (case_id, revision, rules_version, court_code, entry_date, mobilisation_era, shape_id, source_url, from_version,
                                  outcome, decision_date, has_published_act)
        select c.case_id, c.revision, c.rules_version, c.court_code, c.entry_date, c.mobilisation_era, c.shape_id, c.source_url, v.version,
               c.outcome, c.decision_date, c.has_published_act
        from cases c cross join v
        where c.case_id = any($2)
        """;

    public static NpgsqlBatchCommand Command(string[] changed, string[] applied)
    {
        var command = new NpgsqlBatchCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = changed });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = applied });
        return command;
    }
}
