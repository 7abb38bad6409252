using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Figures;
using Mediazona.Statistics.Projection;

namespace Mediazona.Statistics.Rollups;

/// <summary>
/// What a rollup row is keyed by: the columns of a case that the date filters and as-of figures read, with the dates
/// cut to their month and the outcome to its class (<see cref="CaseFigures.OutcomeClass"/>). Within a month that no
/// filter date falls in, every as-of figure is the same for all its days, so the figures of <see cref="CaseFigures"/>
/// apply to a rollup row as they apply to a case. No court: a few thousand rows; a request by court reads cases.
/// </summary>
public sealed record RollupKey(bool MobilisationEra, DateOnly? EntryMonth, DateOnly? DecisionMonth, short Outcome)
{
    public static RollupKey Of(CaseRow c) => Of(c.MobilisationEra, c.EntryDate, c.DecisionDate, c.Outcome);

    public static RollupKey Of(bool mobilisationEra, DateOnly? entry, DateOnly? decision, short outcome) =>
        new(mobilisationEra, Month(entry), Month(decision), (short)CaseFigures.OutcomeClass((Outcome)outcome));

    public static DateOnly? Month(DateOnly? date) => date is { } d ? new DateOnly(d.Year, d.Month, 1) : null;
}

/// <summary>A charge rollup row: per category (kind 'c'), article ('a') or article and part ('p') of the cases' charges.</summary>
public sealed record ChargeRollupKey(RollupKey Case, char Kind, string Article, string Part, short Category);

/// <summary>The summable figures of a rollup row: cases, and the people figures of their shapes (see <see cref="People"/>).</summary>
public sealed record RollupFigures(long Cases, long Defendants, long Convicted, long Acquitted, long Known, long Suspended)
{
    public static RollupFigures Of(People people, int sign) =>
        new(sign, sign * people.Defendants, sign * people.Convicted, sign * people.Acquitted, sign * people.Known, sign * people.Suspended);

    public static RollupFigures operator +(RollupFigures a, RollupFigures b) =>
        new(a.Cases + b.Cases, a.Defendants + b.Defendants, a.Convicted + b.Convicted, a.Acquitted + b.Acquitted, a.Known + b.Known, a.Suspended + b.Suspended);
}

/// <summary>The changes a batch makes to the rollups: each replaced or removed case counted out, each new one in. Pure.</summary>
public sealed class RollupDelta
{
    public Dictionary<RollupKey, RollupFigures> Cases { get; } = [];
    public Dictionary<ChargeRollupKey, RollupFigures> Charges { get; } = [];

    public void Add(RollupKey key, CaseShape shape, int sign)
    {
        Accumulate(Cases, key, RollupFigures.Of(shape.People, sign));
        foreach (var c in shape.Categories)
            Accumulate(Charges, new ChargeRollupKey(key, 'c', "", "", c.Category), RollupFigures.Of(c.People, sign));
        foreach (var a in shape.Articles)
            Accumulate(Charges, new ChargeRollupKey(key, 'a', a.Article, "", a.Category), RollupFigures.Of(a.People, sign));
        foreach (var p in shape.Parts)
            Accumulate(Charges, new ChargeRollupKey(key, 'p', p.Article, p.Part, p.Category), RollupFigures.Of(p.People, sign));
    }

    static void Accumulate<TKey>(Dictionary<TKey, RollupFigures> rows, TKey key, RollupFigures figures) where TKey : notnull =>
        rows[key] = rows.TryGetValue(key, out var sum) ? sum + figures : figures;
}
