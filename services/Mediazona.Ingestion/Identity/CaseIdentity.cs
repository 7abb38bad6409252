using System.Security.Cryptography;
using System.Text;

namespace Mediazona.Ingestion.Identity;

/// <summary>Stable case ids: the same court, number and card uid always give the same id.</summary>
public static class CaseIdentity
{
    /// <summary>First 16 bytes of SHA-256 over "court_code|case_number|case_uid", as 32 lower-case hex characters.</summary>
    public static string CaseId(string courtCode, string caseNumber, string caseUid)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{courtCode}|{caseNumber}|{caseUid}"), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    /// <summary>Whether a string has the shape of a case id (so look-ups can reject garbage early).</summary>
    public static bool LooksLikeCaseId(string value) =>
        value.Length == 32 && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
