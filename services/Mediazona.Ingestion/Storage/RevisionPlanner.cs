using Mediazona.Ingestion.Intake;

namespace Mediazona.Ingestion.Storage;

public enum RecordKind
{
    New,
    Revision,
    Unchanged,
}

/// <summary>What the store holds for a case before the batch: latest revision (0 = not stored yet) and its hash.</summary>
public sealed record CurrentState(int LatestRevision, string ContentHash);

/// <summary>The decision for one record and the revision number it leaves the case at.</summary>
public sealed record PlannedRecord(PreparedCase Prepared, RecordKind Kind, int Revision);

/// <summary>Decides NEW / REVISION / UNCHANGED for each record of a batch, in request order.</summary>
public static class RevisionPlanner
{
    /// <summary>A case repeated in the batch is compared with its earlier record in the same batch.</summary>
    public static IReadOnlyList<PlannedRecord> Plan(IReadOnlyList<PreparedCase> cases, IReadOnlyDictionary<string, CurrentState> stored)
    {
        var state = new Dictionary<string, CurrentState>(stored, StringComparer.Ordinal);
        var planned = new List<PlannedRecord>(cases.Count);
        foreach (var prepared in cases)
        {
            var current = state.GetValueOrDefault(prepared.CaseId) ?? new CurrentState(0, "");
            PlannedRecord record = current switch
            {
                { LatestRevision: 0 } => new(prepared, RecordKind.New, 1),
                _ when current.ContentHash == prepared.ContentHash => new(prepared, RecordKind.Unchanged, current.LatestRevision),
                _ => new(prepared, RecordKind.Revision, current.LatestRevision + 1),
            };
            state[prepared.CaseId] = new CurrentState(record.Revision, prepared.ContentHash);
            planned.Add(record);
        }
        return planned;
    }
}
