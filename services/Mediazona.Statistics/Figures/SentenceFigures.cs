using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Statistics.Figures;

/// <summary>
/// The figures of one defendant, each defined once over the proto's punishment kinds. They ignore the verdict date:
/// a defendant counts as convicted only in a case with a verdict by as-of (<see cref="CaseFigures.VerdictBy"/>), which
/// the queries apply per case. The SQL forms read <c>defendants d</c>.
/// </summary>
public static class SentenceFigures
{
    /// <summary>Convicted: a defendant of a verdict who was not acquitted (as classification says).</summary>
    public static bool Convicted(bool convicted) => convicted;

    /// <summary>Acquitted: as classification says.</summary>
    public static bool Acquitted(bool acquitted) => acquitted;

    /// <summary>A sentence is known when its kind is: anything but nothing said and an acquittal.</summary>
    public static bool IsKnownKind(PunishmentKind kind) => kind is not (PunishmentKind.Unspecified or PunishmentKind.Acquitted);

    /// <summary>Known sentence: a convicted defendant whose punishment kind is known.</summary>
    public static bool KnownSentence(bool convicted, PunishmentKind kind) => convicted && IsKnownKind(kind);

    /// <summary>Real: a convicted defendant sentenced to imprisonment served.</summary>
    public static bool Real(bool convicted, PunishmentKind kind) => convicted && kind == PunishmentKind.Imprisonment;

    /// <summary>Suspended: a convicted defendant whose imprisonment is conditional (art. 73).</summary>
    public static bool Suspended(bool convicted, PunishmentKind kind) => convicted && kind == PunishmentKind.Suspended;

    /// <summary>The kinds <see cref="IsKnownKind"/> accepts, derived from it.</summary>
    public static readonly PunishmentKind[] KnownKinds = [.. Enum.GetValues<PunishmentKind>().Where(IsKnownKind)];

    public static readonly string KnownKindSql = $"d.punishment_kind in ({SqlLiteral.Numbers(KnownKinds)})";
    public static readonly string KnownSentenceSql = $"(d.convicted and {KnownKindSql})";
    public static readonly string RealSql = $"(d.convicted and d.punishment_kind = {SqlLiteral.Number(PunishmentKind.Imprisonment)})";
    public static readonly string SuspendedSql = $"(d.convicted and d.punishment_kind = {SqlLiteral.Number(PunishmentKind.Suspended)})";
    /// <summary>The kinds that have a term of imprisonment (real and suspended): the term statistics.</summary>
    public static readonly string TermKindSql = $"({SqlLiteral.Numbers(PunishmentKind.Imprisonment, PunishmentKind.Suspended)})";
}
