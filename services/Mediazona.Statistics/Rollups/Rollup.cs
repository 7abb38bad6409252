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

/// <summary>
/// A charge rollup row: the people charged under a category (kind 'c'), an article ('a') or an article and part ('p') of
/// the cases. <paramref name="Kinds"/> holds every kind the row counts for: a case's rows with equal figures and
/// category are written once (see <see cref="ChargeRollupRow.Of"/>), and the queries read each row for every kind it names.
/// </summary>
public sealed record ChargeRollupKey(RollupKey Case, string Kinds, string Article, string Part, short Category);

/// <summary>One charge rollup row of a case, before it is keyed by the case's <see cref="RollupKey"/>.</summary>
public sealed record ChargeRollupRow(string Kinds, string Article, string Part, short Category, People People)
{
    /// <summary>
    /// The charge rows of a shape, folded: a part's row counts for its article too when the article's figures and
    /// category are the same (the case charges that article under this part alone), and for its category when the
    /// category's are; what is left of the articles and categories gets rows of its own. A case with one charge writes
    /// one row instead of three. Pure.
    /// </summary>
    public static IEnumerable<ChargeRollupRow> Of(CaseShape shape)
    {
        var articles = shape.Articles.ToList();
        var categories = shape.Categories.ToList();
        foreach (var p in shape.Parts)
        {
            var kinds = "p" + Fold(articles, p, "a", a => a.Article == p.Article) + Fold(categories, p, "c", _ => true);
            yield return new ChargeRollupRow(kinds, p.Article, p.Part, p.Category, p.People);
        }
        foreach (var a in articles)
            yield return new ChargeRollupRow("a" + Fold(categories, a, "c", _ => true), a.Article, "", a.Category, a.People);
        foreach (var c in categories)
            yield return new ChargeRollupRow("c", "", "", c.Category, c.People);
    }

    /// <summary>Takes from <paramref name="rows"/> the first row with the figures and category of <paramref name="into"/> that <paramref name="matches"/>; answers its kind if there was one.</summary>
    static string Fold(List<ChargedPeople> rows, ChargedPeople into, string kind, Func<ChargedPeople, bool> matches)
    {
        var at = rows.FindIndex(r => r.Category == into.Category && r.People == into.People && matches(r));
        if (at < 0)
            return "";
        rows.RemoveAt(at);
        return kind;
    }
}

/// <summary>The summable figures of a rollup row: cases, and the people figures of their shapes (see <see cref="People"/>).</summary>
public sealed record RollupFigures(long Cases, long Defendants, long Convicted, long Acquitted, long Known, long Suspended)
{
    public static RollupFigures Of(People people, int sign) =>
        new(sign, sign * people.Defendants, sign * people.Convicted, sign * people.Acquitted, sign * people.Known, sign * people.Suspended);

    public static RollupFigures operator +(RollupFigures a, RollupFigures b) =>
        new(a.Cases + b.Cases, a.Defendants + b.Defendants, a.Convicted + b.Convicted, a.Acquitted + b.Acquitted, a.Known + b.Known, a.Suspended + b.Suspended);
}

/// <summary>A court rollup row: the cases of one court (by code and name, as the court breakdown shows it).</summary>
public sealed record CourtRollupKey(RollupKey Case, string CourtCode, string CourtName);

/// <summary>A sentence rollup row: convicted defendants charged under one article with one punishment kind and term.</summary>
public sealed record SentenceRollupKey(RollupKey Case, string Article, short Kind, int Term);

/// <summary>A convicted defendant once per article charged (as <c>defendants.charge_articles</c>): what the sentence statistics count.</summary>
public sealed record Sentence(string Article, short Kind, int Term);

/// <summary>What the rollups count of one case: its key, court, shape and the sentences of its convicted defendants.</summary>
public sealed record RolledCase(RollupKey Key, string CourtCode, string CourtName, CaseShape Shape, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>A case as the projection writes it, from its row, shape and mapped defendants and charges. Pure.</summary>
    public static RolledCase Of(CaseRow c, CaseShape shape, IEnumerable<DefendantRow> defendants, IEnumerable<ChargeRow> charges)
    {
        var articles = charges.ToLookup(ch => ch.Ordinal, ch => ch.Article);
        var sentences = defendants.Where(d => SentenceFigures.Convicted(d.Convicted))
            .SelectMany(d => articles[d.Ordinal].Distinct().Select(a => new Sentence(a, d.PunishmentKind, d.TermMonths)));
        return new RolledCase(RollupKey.Of(c), c.CourtCode, c.CourtName, shape, [.. sentences]);
    }
}

/// <summary>The changes a batch makes to the rollups: each replaced or removed case counted out, each new one in. Pure.</summary>
public sealed class RollupDelta
{
    public Dictionary<RollupKey, RollupFigures> Cases { get; } = [];
    public Dictionary<ChargeRollupKey, RollupFigures> Charges { get; } = [];
    public Dictionary<CourtRollupKey, RollupFigures> Courts { get; } = [];
    public Dictionary<SentenceRollupKey, long> Sentences { get; } = [];

    /// <summary>
    /// The delta of a batch: every applied or removed case counted out as it was (<paramref name="prior"/>), every applied
    /// one in as the batch has it.
    /// </summary>
    public static RollupDelta Of(ProjectionBatch batch, IReadOnlyDictionary<string, RolledCase> prior, IReadOnlySet<string> applied, IReadOnlySet<string> removed)
    {
        var delta = new RollupDelta();
        foreach (var id in applied.Concat(removed))
        {
            if (prior.TryGetValue(id, out var before))
                delta.Add(before, -1);
        }
        var defendants = batch.Defendants.ToLookup(d => d.CaseId);
        var charges = batch.Charges.ToLookup(c => c.CaseId);
        for (var i = 0; i < batch.Cases.Count; i++)
        {
            var c = batch.Cases[i];
            if (applied.Contains(c.CaseId))
                delta.Add(RolledCase.Of(c, batch.Vectors[i].Shape, defendants[c.CaseId], charges[c.CaseId]), +1);
        }
        return delta;
    }

    public void Add(RolledCase c, int sign)
    {
        var key = c.Key;
        Accumulate(Cases, key, RollupFigures.Of(c.Shape.People, sign));
        Accumulate(Courts, new CourtRollupKey(key, c.CourtCode, c.CourtName), RollupFigures.Of(c.Shape.People, sign));
        foreach (var r in ChargeRollupRow.Of(c.Shape))
            Accumulate(Charges, new ChargeRollupKey(key, r.Kinds, r.Article, r.Part, r.Category), RollupFigures.Of(r.People, sign));
        foreach (var s in c.Sentences)
        {
            var sentence = new SentenceRollupKey(key, s.Article, s.Kind, s.Term);
            Sentences[sentence] = Sentences.GetValueOrDefault(sentence) + sign;
        }
    }

    static void Accumulate<TKey>(Dictionary<TKey, RollupFigures> rows, TKey key, RollupFigures figures) where TKey : notnull =>
        rows[key] = rows.TryGetValue(key, out var sum) ? sum + figures : figures;
}
