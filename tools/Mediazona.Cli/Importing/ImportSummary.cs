using Mediazona.Contracts.Ingestion.V1;

namespace Mediazona.Cli.Importing;

/// <summary>What one batch's reply said.</summary>
internal sealed record BatchCounts(int New, int Revision, int Unchanged, int Rejected);

/// <summary>The running totals of an import, per result, with the rejection reasons counted.</summary>
internal sealed class ImportSummary
{
    readonly Dictionary<string, int> _reasons = new(StringComparer.Ordinal);

    public int New { get; private set; }
    public int Revision { get; private set; }
    public int Unchanged { get; private set; }
    public int Rejected { get; private set; }
    /// <summary>Records acknowledged by the gateway.</summary>
    public int Sent => New + Revision + Unchanged + Rejected;
    /// <summary>Batches resent after a transient error.</summary>
    public int Retries { get; set; }
    /// <summary>Why the import stopped early (gateway unreachable or failing), null when every batch was acknowledged.</summary>
    public string? Failure { get; set; }

    public BatchCounts Add(IEnumerable<RecordResult> results)
    {
        int added = 0, revised = 0, unchanged = 0, rejected = 0;
        foreach (var result in results)
        {
            switch (result.Status)
            {
                case RecordStatus.New: added++; break;
                case RecordStatus.Revision: revised++; break;
                case RecordStatus.Unchanged: unchanged++; break;
                default:
                    rejected++;
                    var reason = result.Reason.Length > 0 ? result.Reason : "(no reason given)";
                    _reasons[reason] = _reasons.GetValueOrDefault(reason) + 1;
                    break;
            }
        }
        New += added;
        Revision += revised;
        Unchanged += unchanged;
        Rejected += rejected;
        return new BatchCounts(added, revised, unchanged, rejected);
    }

    /// <summary>The most common rejection reasons, most frequent first.</summary>
    public IReadOnlyList<(string Reason, int Count)> TopReasons(int count) =>
        _reasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Take(count).Select(r => (r.Key, r.Value)).ToList();
}
