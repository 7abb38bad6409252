using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Identity;
using Mediazona.Ingestion.Normalisation;
using Mediazona.Ingestion.Validation;

namespace Mediazona.Ingestion.Intake;

/// <summary>Splits submitted records into cases to store and rejections to quarantine (normalise, validate, identify, hash).</summary>
public static class CaseIntake
{
    public sealed record Sorted(IReadOnlyList<PreparedCase> Accepted, IReadOnlyList<RejectedRecord> Rejected);

    public static Sorted Sort(IReadOnlyList<CourtCase> records, DateOnly today)
    {
        var accepted = new List<PreparedCase>(records.Count);
        var rejected = new List<RejectedRecord>();
        for (var i = 0; i < records.Count; i++)
        {
            var normalised = CaseNormaliser.Normalise(records[i]);
            // Only ingestion says how a card's court was settled and its page read: a structured sender's claim would be unchecked.
            normalised.CourtResolution = null;
            normalised.PageDecoding = null;
            if (CaseValidator.Validate(normalised, $"cases[{i}]", today) is { } rejection)
            {
                rejected.Add(new RejectedRecord(i, rejection.Field, rejection.Reason, records[i].ToByteArray()));
                continue;
            }
            var id = CaseIdentity.CaseId(normalised.Court.Code, normalised.CaseNumber, normalised.CaseUid);
            accepted.Add(new PreparedCase(i, id, normalised));
        }
        return new Sorted(accepted, rejected);
    }
}
