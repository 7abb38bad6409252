using Google.Protobuf.WellKnownTypes;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Npgsql;
using NpgsqlTypes;

namespace Mediazona.Statistics.Changes;

/// <summary>
/// The changelog from case_history: each row opened after a version against the row it closed (none: a new case), and
/// each row closed after it that nothing replaced (a case removed), in (version, case id) order, a page at a time.
/// </summary>
public sealed class ChangesQuery(NpgsqlDataSource dataSource)
{
    // $1 since version, $2 court codes, $3/$4 the last (version, case id) of the previous page, $5 the page size + 1.
    const string Sql = """
        select x.version, x.case_id, x.court_code, x.old_revision, x.old_rules, x.old_outcome, x.old_act,
               x.new_revision, x.new_rules, x.new_outcome, x.new_act, x.source_url
        from (
            select n.from_version as version, n.case_id, n.court_code, o.revision as old_revision, o.rules_version as old_rules,
                   o.outcome as old_outcome, o.has_published_act as old_act, n.revision as new_revision, n.rules_version as new_rules,
                   n.outcome as new_outcome, n.has_published_act as new_act, n.source_url
            from case_history n
            left join case_history o on o.case_id = n.case_id and o.to_version = n.from_version
            where n.from_version > $1
            union all
            select o.to_version, o.case_id, o.court_code, o.revision, o.rules_version, o.outcome, o.has_published_act,
                   null, null, null, null, o.source_url
            from case_history o
            where o.to_version > $1
              and not exists (select 1 from case_history n where n.case_id = o.case_id and n.from_version = o.to_version)
        ) x
        where (cardinality($2::text[]) = 0 or x.court_code = any($2))
          and ($3::bigint is null or (x.version, x.case_id) > ($3, $4::text))
        order by x.version, x.case_id
        limit $5
        """;

    public const int DefaultPageSize = 1000;
    public const int MaxPageSize = 10_000;

    public async Task<ListChangesResponse> PageAsync(long since, IReadOnlyList<string> courtCodes, (long Version, string CaseId)? after, int size,
        CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = since });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. courtCodes] });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = after?.Version ?? (object)DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = after?.CaseId ?? (object)DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = size + 1 });
        var response = new ListChangesResponse();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var before = reader.IsDBNull(3) ? null : new CountedRevision(reader.GetInt32(3), reader.GetInt32(4), Short(reader, 5), Bool(reader, 6));
                var now = reader.IsDBNull(7) ? null : new CountedRevision(reader.GetInt32(7), reader.GetInt32(8), Short(reader, 9), Bool(reader, 10));
                var kinds = ChangeKinds.Of(before, now);
                response.Cases.Add(new CaseChange
                {
                    Version = reader.GetInt64(0), CaseId = reader.GetString(1), CourtCode = reader.GetString(2), Kinds = { kinds },
                    OldRevision = before?.Revision ?? 0, NewRevision = now?.Revision ?? 0,
                    OldRulesVersion = before?.RulesVersion ?? 0, NewRulesVersion = now?.RulesVersion ?? 0,
                    OldOutcome = (Outcome)(before?.Outcome ?? 0), NewOutcome = (Outcome)(now?.Outcome ?? 0), SourceUrl = reader.GetString(11),
                });
            }
        }
        if (response.Cases.Count > size)
        {
            response.Cases.RemoveAt(size);
            response.NextPageToken = $"{response.Cases[^1].Version}:{response.Cases[^1].CaseId}";
        }
        response.Versions.AddRange(response.Cases.GroupBy(c => c.Version).Select(Count));
        return response;
    }

    static DataVersionChanges Count(IGrouping<long, CaseChange> version)
    {
        long Of(CaseChangeKind kind) => version.Count(c => c.Kinds.Contains(kind));
        return new DataVersionChanges
        {
            Version = version.Key,
            At = Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch.AddTicks(version.Key * 10)),
            NewCases = Of(CaseChangeKind.NewCase), Revisions = Of(CaseChangeKind.Revised), OutcomesChanged = Of(CaseChangeKind.OutcomeChanged),
            ActsPublished = Of(CaseChangeKind.ActPublished), Reclassified = Of(CaseChangeKind.Reclassified), Removed = Of(CaseChangeKind.Removed),
        };
    }

    static short? Short(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt16(i);
    static bool? Bool(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetBoolean(i);
}
