using System.Security.Cryptography;
using System.Text;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Statistics.Receipts;

/// <summary>What a receipt counted and what the same question counts now, compared case by case; and a set's hash. Pure.</summary>
public static class ReceiptDiff
{
    public static IReadOnlyList<ReceiptChange> Between(IEnumerable<ReceiptCase> then, IEnumerable<ReceiptCase> now)
    {
        var before = then.ToDictionary(c => c.CaseId, StringComparer.Ordinal);
        var after = now.ToDictionary(c => c.CaseId, StringComparer.Ordinal);
        var changes = new List<ReceiptChange>();
        foreach (var id in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var (old, current) = (before.GetValueOrDefault(id), after.GetValueOrDefault(id));
            var kind = (old, current) switch
            {
                (null, _) => ReceiptChangeKind.Added,
                (_, null) => ReceiptChangeKind.Removed,
                _ when old.Revision != current.Revision => ReceiptChangeKind.Revised,
                _ when old.RulesVersion != current.RulesVersion => ReceiptChangeKind.Reclassified,
                _ => ReceiptChangeKind.Unspecified,
            };
            if (kind == ReceiptChangeKind.Unspecified)
                continue;
            changes.Add(new ReceiptChange
            {
                CaseId = id, Kind = kind,
                OldRevision = old?.Revision ?? 0, NewRevision = current?.Revision ?? 0,
                OldRulesVersion = old?.RulesVersion ?? 0, NewRulesVersion = current?.RulesVersion ?? 0,
                SourceUrl = (current ?? old)!.SourceUrl,
            });
        }
        return changes;
    }

    /// <summary>SHA-256 of the sorted "case_id revision rules_version" lines: the same cases at the same revisions, the same hash.</summary>
    public static string SetSha256(IEnumerable<ReceiptCase> cases) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(
        cases.OrderBy(c => c.CaseId, StringComparer.Ordinal).Select(c => $"{c.CaseId} {c.Revision} {c.RulesVersion}\n")))));
}
