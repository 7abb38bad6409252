namespace Mediazona.Collection.Sources.Sudrf;

/// <summary>Which search URL a court understands. A = the old generation (delo_id); the B forms differ court by court.</summary>
public enum QueryVariant
{
    /// <summary>Generation A: delo_id, page, table#tablcont.</summary>
    A,
    /// <summary>Generation B: _deloId, _page, case__vnkod.</summary>
    B,
    /// <summary>Generation B with process-type=1540006_0_0.</summary>
    BProcessType,
    /// <summary>Generation B with part__namess instead of parts__namess.</summary>
    BPartNames,
}

public static class QueryVariants
{
    /// <summary>Tried in this order when a court's variant is not yet known.</summary>
    public static readonly IReadOnlyList<QueryVariant> InTrialOrder = [QueryVariant.A, QueryVariant.B, QueryVariant.BProcessType, QueryVariant.BPartNames];

    public static bool IsGenerationB(this QueryVariant variant) => variant != QueryVariant.A;
}
