using System.Globalization;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Charges;

/// <summary>
/// Articles 1–104 of the Criminal Code (its general part) are not crimes. Art. 30 (preparation, attempt) and art. 33
/// (complicity) qualify the crime written with them; the sentencing articles (62, 64, 66, 68, 69, 73 …) are dropped.
/// </summary>
public static class GeneralPart
{
    const int LastArticle = 104;

    /// <summary>"30", "73", "104.1" are general part; "105", "337", "" are not.</summary>
    public static bool Contains(string article)
    {
        var dot = article.IndexOf('.');
        var whole = dot < 0 ? article.AsSpan() : article.AsSpan(0, dot);
        return int.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= LastArticle;
    }

    public static bool AnyIn(IReadOnlyList<Charge> charges)
    {
        for (var i = 0; i < charges.Count; i++)
        {
            if (Contains(charges[i].Article))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Folds the general-part articles of one defendant's list into the crimes they qualify: an art. 30 or 33 qualifies
    /// the next crime after it (courts print «ст.30 ч.3, ст.291 ч.3», «ст.33 ч.5-ст.228 ч.2»), or, written after the
    /// last crime, that crime. <paramref name="wording"/> gives the wording that spans charges i..j, so a qualified
    /// charge keeps the text it was read from.
    /// </summary>
    public static List<Charge> Fold(IReadOnlyList<Charge> charges, Func<int, int, string> wording)
    {
        var crimes = new List<Charge>(charges.Count);
        var stage = OffenceStage.Unspecified;
        var role = ComplicityRole.Unspecified;
        var from = -1;      // the first qualifier still waiting for its crime
        var lastCrime = -1;
        for (var i = 0; i < charges.Count; i++)
        {
            var charge = charges[i];
            if (!Contains(charge.Article))
            {
                crimes.Add(from < 0 ? charge : charge with { Raw = wording(from, i), Stage = stage, Complicity = role });
                (stage, role, from, lastCrime) = (OffenceStage.Unspecified, ComplicityRole.Unspecified, -1, i);
                continue;
            }
            if (charge.Article == "30")
                stage = StageOf(charge.Part);
            else if (charge.Article == "33")
                role = RoleOf(charge.Part);
            else
                continue;
            from = from < 0 ? i : from;
        }
        if (from >= 0 && crimes.Count > 0 && crimes[^1] is { Stage: OffenceStage.Unspecified, Complicity: ComplicityRole.Unspecified } last)
            crimes[^1] = last with { Raw = wording(lastCrime, charges.Count - 1), Stage = stage, Complicity = role };
        return crimes;
    }

    /// <summary>Wording of structured charges (no shared text): their own wordings joined.</summary>
    public static List<Charge> Fold(IReadOnlyList<Charge> charges) =>
        Fold(charges, (from, to) => string.Join(", ", charges.Skip(from).Take(to - from + 1).Select(c => c.Raw).Where(r => r.Length > 0)));

    // ч.1 defines preparation and ч.2 limits it to grave crimes: courts cite either; ч.3 is attempt.
    static OffenceStage StageOf(string part) => part switch
    {
        "1" or "2" => OffenceStage.Preparation,
        "3" => OffenceStage.Attempt,
        _ => OffenceStage.Unfinished,
    };

    static ComplicityRole RoleOf(string part) => part switch
    {
        "2" => ComplicityRole.Perpetrator,
        "3" => ComplicityRole.Organiser,
        "4" => ComplicityRole.Instigator,
        "5" => ComplicityRole.Accessory,
        _ => ComplicityRole.Accomplice,
    };
}
