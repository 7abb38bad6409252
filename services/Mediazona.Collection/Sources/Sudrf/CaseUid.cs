using System.Text.RegularExpressions;

namespace Mediazona.Collection.Sources.Sudrf;

/// <summary>«Уникальный идентификатор дела» (УИД), e.g. 27GV0008-01-2019-000081-20: format and mod-97 check digits.</summary>
public static partial class CaseUid
{
    /// <summary>The search form's own mask, and the check: the whole (letters as 10…35) mod 97 is 1; 00, 01 and 99 never occur.</summary>
    public static bool IsValid(string uid)
    {
        if (!Format().IsMatch(uid))
            return false;
        var check = uid[^2..];
        return check is not ("00" or "01" or "99") && Mod97(uid) == 1;
    }

    /// <summary>The two check digits that make <paramref name="withoutCheck"/> («27GV0008-01-2019-000081») valid.</summary>
    public static string CheckDigits(string withoutCheck)
    {
        var check = ((1 - 100 * Mod97(withoutCheck)) % 97 + 97) % 97;
        return (check < 2 ? check + 97 : check).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }

    static int Mod97(string text)
    {
        var remainder = 0;
        foreach (var c in text)
        {
            if (c == '-')
                continue;
            if (char.IsAsciiDigit(c))
                remainder = (remainder * 10 + (c - '0')) % 97;
            else
                remainder = (remainder * 100 + (char.ToUpperInvariant(c) - 'A' + 10)) % 97;
        }
        return remainder;
    }

    [GeneratedRegex(@"^\d{2}(VS|KJ|AJ|OS|RS|KV|AV|OV|GV|AO|AA|AS|UD|KS|US|GU|MS|IC)\d{4}-0[1-9]-(19|20)\d{2}-\d{6}-\d{2}$")]
    private static partial Regex Format();
}
