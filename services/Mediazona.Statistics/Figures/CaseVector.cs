using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Projection;

namespace Mediazona.Statistics.Figures;

/// <summary>
/// The figures a case row carries besides its own columns: its shape (by id) and the longest real and suspended terms
/// of its convicted defendants (too varied to be part of a shape; the court breakdown takes their maximum).
/// </summary>
public sealed record CaseVector(string CaseId, long ShapeId, string Fingerprint, CaseShape Shape, int LongestRealMonths, int LongestSuspendedMonths)
{
    /// <summary>The vector of one case from its mapped defendants and charges. Pure.</summary>
    public static CaseVector Of(string caseId, IReadOnlyList<DefendantRow> defendants, IReadOnlyList<ChargeRow> charges)
    {
        var shape = CaseShape.Of(defendants, charges);
        var fingerprint = shape.Fingerprint();
        return new CaseVector(caseId, CaseShape.IdOf(fingerprint), fingerprint, shape,
            Longest(defendants, SentenceFigures.Real), Longest(defendants, SentenceFigures.Suspended));
    }

    static int Longest(IReadOnlyList<DefendantRow> defendants, Func<bool, PunishmentKind, bool> figure) =>
        defendants.Where(d => figure(d.Convicted, (PunishmentKind)d.PunishmentKind)).Select(d => d.TermMonths).DefaultIfEmpty(0).Max();
}
