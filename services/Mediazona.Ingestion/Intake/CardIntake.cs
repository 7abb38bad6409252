using System.Security.Cryptography;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Ingestion.Identity;
using Mediazona.Ingestion.Normalisation;
using Mediazona.Ingestion.Sources.Sudrf;
using Mediazona.Ingestion.Validation;

namespace Mediazona.Ingestion.Intake;

/// <summary>Card pages to cases to store and rejections to quarantine (parse, then the same normalise/validate/identify/hash as SubmitCases).</summary>
public static class CardIntake
{
    const string HtmlContentType = "text/html";

    /// <param name="firstIndex">Index of the first card (StreamCards numbers cards across its whole stream).</param>
    public static CaseIntake.Sorted Sort(IReadOnlyList<CardInput> cards, DateOnly today, int firstIndex = 0)
    {
        var accepted = new List<PreparedCase>(cards.Count);
        var rejected = new List<RejectedRecord>();
        for (var i = 0; i < cards.Count; i++)
        {
            var index = firstIndex + i;
            var input = cards[i];
            var raw = input.Content.ToByteArray();
            var contentType = input.ContentType.Trim() is { Length: > 0 } given ? given : HtmlContentType;
            var parsed = CardParser.Parse(raw, new CardSource(input.SourceUrl, input.ContentType, input.CourtCode));
            if (parsed.Rejection is { } unreadable)
            {
                rejected.Add(new RejectedRecord(index, $"cards[{index}].{unreadable.Field}", unreadable.Reason, raw, contentType));
                continue;
            }
            var normalised = CaseNormaliser.Normalise(parsed.Card!);
            normalised.FetchedAt = input.FetchedAt;
            normalised.PageSha256 = Convert.ToHexStringLower(SHA256.HashData(raw));
            if (CaseValidator.Validate(normalised, $"cards[{index}]", today) is { } invalid)
            {
                rejected.Add(new RejectedRecord(index, invalid.Field, invalid.Reason, raw, contentType));
                continue;
            }
            var id = CaseIdentity.CaseId(normalised.Court.Code, normalised.CaseNumber, normalised.CaseUid);
            accepted.Add(new PreparedCase(index, id, normalised));
        }
        return new CaseIntake.Sorted(accepted, rejected);
    }
}
