using System.Globalization;

namespace Mediazona.Classification.Rules;

/// <summary>
/// Picks a defendant's gravest charge: mobilisation-era first, then life imprisonment, then the higher maximum, then the higher part.
/// A maximum the table does not record ranks below every recorded one, and the choice is then flagged uncertain.
/// </summary>
public static class PrimaryCharge
{
    public static ClassifiedCharge? Select(IEnumerable<ClassifiedCharge> charges)
    {
        ClassifiedCharge? gravest = null;
        foreach (var charge in charges)
        {
            if (gravest is null || Compare(charge, gravest) > 0)
                gravest = charge;
        }
        return gravest;
    }

    /// <summary>
    /// True when the maximum decided (or would have decided) between the primary and another charge of the same
    /// mobilisation-era standing and one of the two maxima is unknown: the choice may be wrong.
    /// </summary>
    public static bool Uncertain(IEnumerable<ClassifiedCharge> charges, ClassifiedCharge primary)
    {
        foreach (var charge in charges)
        {
            if (ReferenceEquals(charge, primary) || charge.MobilisationEra != primary.MobilisationEra)
                continue;
            if ((charge.MaxPenaltyUnknown || primary.MaxPenaltyUnknown)
                && (charge.Charge.Article, charge.Charge.Part) != (primary.Charge.Article, primary.Charge.Part))
                return true;
        }
        return false;
    }

    /// <summary>Positive when a is graver than b; equal charges keep the one printed first.</summary>
    public static int Compare(ClassifiedCharge a, ClassifiedCharge b)
    {
        var byEra = a.MobilisationEra.CompareTo(b.MobilisationEra);
        if (byEra != 0)
            return byEra;
        var byLife = a.LifeImprisonment.CompareTo(b.LifeImprisonment);
        if (byLife != 0)
            return byLife;
        var byPenalty = a.MaxPenaltyMonths.CompareTo(b.MaxPenaltyMonths);
        return byPenalty != 0 ? byPenalty : ComparePart(a.Charge.Part, b.Charge.Part);
    }

    /// <summary>Parts compare as numbers, piece by piece: 3.1 > 3 > 2.1 > 2; an empty or unreadable part is lowest.</summary>
    public static int ComparePart(string a, string b)
    {
        var x = Pieces(a);
        var y = Pieces(b);
        for (var i = 0; i < Math.Max(x.Length, y.Length); i++)
        {
            var byPiece = (i < x.Length ? x[i] : 0).CompareTo(i < y.Length ? y[i] : 0);
            if (byPiece != 0)
                return byPiece;
        }
        return 0;
    }

    static int[] Pieces(string part)
    {
        var pieces = part.Split('.', StringSplitOptions.TrimEntries);
        var numbers = new int[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            if (!int.TryParse(pieces[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
                return [];
        }
        return numbers;
    }
}
