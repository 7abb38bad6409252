using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Projection;

namespace Mediazona.Statistics.Figures;

/// <summary>How many of a group of defendants count under each people figure (convicted and sentences ignore the verdict date).</summary>
public sealed record People(int Defendants, int Convicted, int Acquitted, int Known, int Suspended)
{
    public static People Of(IEnumerable<DefendantRow> defendants)
    {
        int all = 0, convicted = 0, acquitted = 0, known = 0, suspended = 0;
        foreach (var d in defendants)
        {
            var kind = (PunishmentKind)d.PunishmentKind;
            all++;
            convicted += SentenceFigures.Convicted(d.Convicted) ? 1 : 0;
            acquitted += SentenceFigures.Acquitted(d.Acquitted) ? 1 : 0;
            known += SentenceFigures.KnownSentence(d.Convicted, kind) ? 1 : 0;
            suspended += SentenceFigures.Suspended(d.Convicted, kind) ? 1 : 0;
        }
        return new People(all, convicted, acquitted, known, suspended);
    }
}

/// <summary>The people of a case charged under one category, article or (article, part); Category is the lowest of their charges'.</summary>
public sealed record ChargedPeople(string Article, string Part, short Category, People People);

/// <summary>The people of a case charged under an article (Part "") or an (article, part) at one stage of art. 30.</summary>
public sealed record StagedPeople(string Article, string Part, short Stage, People People);

/// <summary>Known sentences of a case by the source they are known from.</summary>
public sealed record SourceKnown(short Source, int Known);

/// <summary>
/// The per-case figure vector without dates, court and outcome (those depend on as-of and the filters): the people
/// figures of the whole case, known sentences by source, and the people charged under each distinct category, article
/// and (article, part), and at each stage of art. 30 per article and (article, part). Cases with equal shapes share one row of <c>case_shapes</c>, identified by <see cref="Id"/>.
/// Lists are in ordinal order (categories by number).
/// </summary>
public sealed record CaseShape(
    People People,
    IReadOnlyList<SourceKnown> Sources,
    IReadOnlyList<ChargedPeople> Categories,
    IReadOnlyList<ChargedPeople> Articles,
    IReadOnlyList<ChargedPeople> Parts,
    IReadOnlyList<StagedPeople> Stages)
{
    /// <summary>The shape of one case from its defendants and their distinct (article, part) charges. Pure.</summary>
    public static CaseShape Of(IReadOnlyList<DefendantRow> defendants, IReadOnlyList<ChargeRow> charges)
    {
        // Plain loops over small lists: a case has a few defendants and charges, and this runs for every projected case.
        var categories = new List<Charged>();
        var articles = new List<Charged>();
        var parts = new List<Charged>();
        var stages = new List<Charged>();
        foreach (var charge in charges)
        {
            if (Find(defendants, charge.Ordinal) is not { } defendant)
                continue;
            Add(categories, "", "", charge.Category, charge.Category, defendant);
            Add(articles, charge.Article, "", 0, charge.Category, defendant);
            Add(parts, charge.Article, charge.Part, 0, charge.Category, defendant);
            if (charge.Stage == 0)
                continue;
            Add(stages, charge.Article, "", charge.Stage, charge.Category, defendant);
            Add(stages, charge.Article, charge.Part, charge.Stage, charge.Category, defendant);
        }
        var sources = new List<SourceKnown>();
        foreach (var d in defendants)
        {
            if (!SentenceFigures.KnownSentence(d.Convicted, (PunishmentKind)d.PunishmentKind))
                continue;
            var at = sources.FindIndex(x => x.Source == d.PunishmentSource);
            if (at < 0)
                sources.Add(new SourceKnown(d.PunishmentSource, 1));
            else
                sources[at] = sources[at] with { Known = sources[at].Known + 1 };
        }
        sources.Sort((x, y) => x.Source.CompareTo(y.Source));
        return new CaseShape(People.Of(defendants), sources, Finish(categories), Finish(articles), Finish(parts), FinishStages(stages));
    }

    /// <summary>One category, article or part while a shape is computed: its lowest category and the defendants charged so (each once).</summary>
    sealed class Charged(string article, string part, short key)
    {
        public string Article { get; } = article;
        public string Part { get; } = part;
        public short Key { get; } = key;
        public short Category { get; set; } = short.MaxValue;
        public List<DefendantRow> People { get; } = [];
    }

    static DefendantRow? Find(IReadOnlyList<DefendantRow> defendants, int ordinal)
    {
        foreach (var d in defendants)
        {
            if (d.Ordinal == ordinal)
                return d;
        }
        return null;
    }

    static void Add(List<Charged> group, string article, string part, short key, short category, DefendantRow defendant)
    {
        var entry = group.Find(g => g.Key == key && g.Article == article && g.Part == part);
        if (entry is null)
            group.Add(entry = new Charged(article, part, key));
        entry.Category = Math.Min(entry.Category, category);
        if (!entry.People.Contains(defendant))
            entry.People.Add(defendant);
    }

    static List<ChargedPeople> Finish(List<Charged> group) =>
        Sorted(group).ConvertAll(g => new ChargedPeople(g.Article, g.Part, g.Category, Figures.People.Of(g.People)));

    static List<StagedPeople> FinishStages(List<Charged> group) =>
        Sorted(group).ConvertAll(g => new StagedPeople(g.Article, g.Part, g.Key, Figures.People.Of(g.People)));

    static List<Charged> Sorted(List<Charged> group)
    {
        group.Sort((x, y) => x.Key != y.Key ? x.Key.CompareTo(y.Key)
            : string.CompareOrdinal(x.Article, y.Article) is var a && a != 0 ? a : string.CompareOrdinal(x.Part, y.Part));
        return group;
    }

    /// <summary>Every charge key of the case's charges (see <see cref="ChargeKeys"/>).</summary>
    public IReadOnlyList<string> ChargeKeys() =>
    [
        .. Articles.Select(a => Figures.ChargeKeys.Article(a.Article)),
        .. Articles.Select(a => Figures.ChargeKeys.WithCategory(Figures.ChargeKeys.Article(a.Article), a.Category)),
        .. Parts.Select(p => Figures.ChargeKeys.Part(p.Article, p.Part)),
        .. Parts.Select(p => Figures.ChargeKeys.WithCategory(Figures.ChargeKeys.Part(p.Article, p.Part), p.Category)),
        .. Categories.Select(c => Figures.ChargeKeys.Category(c.Category)),
        .. Stages.Select(s => Figures.ChargeKeys.Staged(
            s.Part == "" ? Figures.ChargeKeys.Article(s.Article) : Figures.ChargeKeys.Part(s.Article, s.Part), s.Stage)),
    ];

    /// <summary>One line naming every figure of the shape: equal shapes, equal lines.</summary>
    public string Canonical()
    {
        var text = new StringBuilder(256);
        void Add(People p) => text.Append(p.Defendants).Append(',').Append(p.Convicted).Append(',').Append(p.Acquitted)
            .Append(',').Append(p.Known).Append(',').Append(p.Suspended).Append(';');
        Add(People);
        foreach (var s in Sources)
            text.Append('s').Append(s.Source).Append('=').Append(s.Known).Append(';');
        foreach (var group in new[] { Categories, Articles, Parts })
        {
            text.Append('|');
            foreach (var c in group)
            {
                // Lengths first: no article or part text can make two different lists read the same.
                text.Append(c.Article.Length).Append(':').Append(c.Article).Append(c.Part.Length).Append(':').Append(c.Part)
                    .Append('c').Append(c.Category).Append('=');
                Add(c.People);
            }
        }
        // Only shapes with a staged charge name the stages: every other shape keeps the fingerprint it had before them.
        if (Stages.Count > 0)
            text.Append("|s");
        foreach (var s in Stages)
        {
            text.Append(s.Article.Length).Append(':').Append(s.Article).Append(s.Part.Length).Append(':').Append(s.Part)
                .Append('@').Append(s.Stage).Append('=');
            Add(s.People);
        }
        return text.ToString();
    }

    /// <summary>SHA-256 of <see cref="Canonical"/>, hex: the shape's unique fingerprint.</summary>
    public string Fingerprint()
    {
        var canonical = Canonical();
        if (Fingerprints.TryGetValue(canonical, out var known))
            return known;
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        // Shapes repeat (tens of thousands in a million cases): remember the recent ones, within a bound.
        if (Fingerprints.Count >= 8_192)
            Fingerprints.Clear();
        Fingerprints.TryAdd(canonical, fingerprint);
        return fingerprint;
    }

    static readonly ConcurrentDictionary<string, string> Fingerprints = new(StringComparer.Ordinal);

    /// <summary>
    /// A shape's id: the first 64 bits of its fingerprint. Computed, not assigned by the database, so a case row names
    /// its shape in the same statement that writes it, whatever other writers add meanwhile (a collision between two of
    /// the ~10^5 shapes is ~10^-10 likely).
    /// </summary>
    public static long IdOf(string fingerprint) => Convert.ToInt64(fingerprint[..16], 16);
}
