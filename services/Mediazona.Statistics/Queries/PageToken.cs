using System.Buffers.Text;
using System.Text;

namespace Mediazona.Statistics.Queries;

/// <summary>Where a page of the case table starts: after this (case_id, ordinal). Opaque to clients (base64url).</summary>
public sealed record PageToken(string CaseId, int Ordinal)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Ordinal}:{CaseId}"));

    /// <summary>Null when the text is not a token this service issued.</summary>
    public static PageToken? Decode(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            var colon = text.IndexOf(':');
            return colon > 0 && int.TryParse(text.AsSpan(0, colon), out var ordinal) && colon + 1 < text.Length
                ? new PageToken(text[(colon + 1)..], ordinal)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
