using Mediazona.Statistics.Projection;
using Npgsql;
using NpgsqlTypes;

namespace Mediazona.Statistics.Receipts;

/// <summary>
/// Keeps case_history (migrations 011, 012) with the projection: after the batch has moved the data version, the changed
/// cases' open rows close at it and the applied ones open anew from it, with what they now say (taken from the batch, not
/// read back). One command of the writer's batch.
/// </summary>
public static class CaseHistory
{
    // $1 every case applied or removed; $2... the applied cases' rows. The update and the insert see the same snapshot:
    // the rows the insert adds are not closed by the update.
    const string Sql = """
        with v as (select version from data_version),
        closed as (
            update case_history h set to_version = v.version from v
            where h.case_id = any($1) and h.to_version is null)
        insert into case_history (case_id, revision, rules_version, court_code, entry_date, mobilisation_era, shape_id, source_url, from_version,
                                  outcome, decision_date, has_published_act)
        select i.case_id, i.revision, i.rules_version, i.court_code, i.entry_date, i.mobilisation_era, i.shape_id, i.source_url, v.version,
               i.outcome, i.decision_date, i.has_published_act
        from unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::date[], $7::bool[], $8::bigint[], $9::text[], $10::smallint[],
                    $11::date[], $12::bool[])
             as i(case_id, revision, rules_version, court_code, entry_date, mobilisation_era, shape_id, source_url, outcome,
                  decision_date, has_published_act)
        cross join v
        """;

    /// <param name="changed">Every case applied or removed.</param>
    /// <param name="applied">The cases applied, each with its shape.</param>
    public static NpgsqlBatchCommand Command(string[] changed, IReadOnlyList<(CaseRow Case, long ShapeId)> applied)
    {
        var command = new NpgsqlBatchCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = changed });
        command.Parameters.Add(Array(applied, a => a.Case.CaseId));
        command.Parameters.Add(Array(applied, a => a.Case.Revision));
        command.Parameters.Add(Array(applied, a => a.Case.RulesVersion));
        command.Parameters.Add(Array(applied, a => a.Case.CourtCode));
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date, Value = applied.Select(a => a.Case.EntryDate).ToArray() });
        command.Parameters.Add(Array(applied, a => a.Case.MobilisationEra));
        command.Parameters.Add(Array(applied, a => a.ShapeId));
        command.Parameters.Add(Array(applied, a => a.Case.SourceUrl));
        command.Parameters.Add(Array(applied, a => a.Case.Outcome));
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date, Value = applied.Select(a => a.Case.DecisionDate).ToArray() });
        command.Parameters.Add(Array(applied, a => a.Case.HasPublishedAct));
        return command;
    }

    static NpgsqlParameter<T[]> Array<T>(IReadOnlyList<(CaseRow Case, long ShapeId)> rows, Func<(CaseRow Case, long ShapeId), T> column) =>
        new() { TypedValue = rows.Select(column).ToArray() };
}
