namespace Mediazona.FakeCourts.Truth;

/// <summary>Valid УИД check digits, by the generation rule of the search form's JS (mod 97, like an IBAN).</summary>
static class CaseUidDigits
{
    /// <summary>«27GV0008-01-2019-000081» → «27GV0008-01-2019-000081-20».</summary>
    public static string Complete(string withoutCheck)
    {
        var remainder = 0;
        foreach (var c in withoutCheck.Replace("-", "", StringComparison.Ordinal))
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
        }
        var check = ((1 - 100 * remainder) % 97 + 97) % 97;
        if (check < 2)
            check += 97;
        return $"{withoutCheck}-{check:D2}";
    }
}
