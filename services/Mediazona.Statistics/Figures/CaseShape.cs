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

/// <summary>Known sentences of a case by the source they are known from.</summary>
public sealed record SourceKnown(short Source, int Known);

/// <summary>
/// The per-case figure vector without dates, court and outcome (those depend on as-of and the filters): the people
/// figures of the whole case, known sentences by source, and the people charged under each distinct category, article
/// and (article, part). Cases with equal shapes share one row of <c>case_shapes</c>, identified by <see cref="Id"/>.
/// Lists are in ordinal order (categories by number).
/// </summary>
public sealed record CaseShape(
    People People,
    IReadOnlyList<SourceKnown> Sources,
    IReadOnlyList<ChargedPeople> Categories,
    IReadOnlyList<ChargedPeople> Articles,
    IReadOnlyList<ChargedPeople> Parts)
{
    /// <summary>The shape of one case from its defendants and their distinct (article, part) charges. Pure.</summary>
    public static CaseShape Of(IReadOnlyList<DefendantRow> defendants, IReadOnlyList<ChargeRow> charges)
    {
        var byOrdinal = defendants.ToDictionary(d => d.Ordinal);
        var charged = charges.Where(c => byOrdinal.ContainsKey(c.Ordinal)).ToList();
        List<ChargedPeople> Group<TKey>(Func<ChargeRow, TKey> key, Func<TKey, (string Article, string Part)> name, IComparer<TKey> order) =>
        [
            .. charged.GroupBy(key).OrderBy(g => g.Key, order).Select(g =>
            {
                var (article, part) = name(g.Key);
                return new ChargedPeople(article, part, g.Min(c => c.Category),
                    People.Of(g.Select(c => c.Ordinal).Distinct().Select(o => byOrdinal[o])));
            }),
        ];
        var sources = defendants.Where(d => SentenceFigures.KnownSentence(d.Convicted, (PunishmentKind)d.PunishmentKind))
            .GroupBy(d => d.PunishmentSource).OrderBy(g => g.Key).Select(g => new SourceKnown(g.Key, g.Count())).ToList();
        return new CaseShape(People.Of(defendants), sources,
            Group(c => c.Category, c => ("", ""), Comparer<short>.Default),
            Group(c => c.Article, a => (a, ""), StringComparer.Ordinal),
            Group(c => (c.Article, c.Part), p => p, Comparer<(string, string)>.Create((x, y) =>
                string.CompareOrdinal(x.Item1, y.Item1) is var a && a != 0 ? a : string.CompareOrdinal(x.Item2, y.Item2))));
    }

    /// <summary>Every charge key of the case's charges (see <see cref="ChargeKeys"/>).</summary>
    public IReadOnlyList<string> ChargeKeys() =>
    [
        .. Articles.Select(a => Figures.ChargeKeys.Article(a.Article)),
        .. Articles.Select(a => Figures.ChargeKeys.WithCategory(Figures.ChargeKeys.Article(a.Article), a.Category)),
        .. Parts.Select(p => Figures.ChargeKeys.Part(p.Article, p.Part)),
        .. Parts.Select(p => Figures.ChargeKeys.WithCategory(Figures.ChargeKeys.Part(p.Article, p.Part), p.Category)),
        .. Categories.Select(c => Figures.ChargeKeys.Category(c.Category)),
    ];

    /// <summary>One line naming every figure of the shape: equal shapes, equal lines.</summary>
    public string Canonical()
    {
        var text = new StringBuilder();
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
        return text.ToString();
    }

    /// <summary>SHA-256 of <see cref="Canonical"/>, hex: the shape's unique fingerprint.</summary>
    public string Fingerprint() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical())));

    /// <summary>
    /// A shape's id: the first 64 bits of its fingerprint. Computed, not assigned by the database, so a case row names
    /// its shape in the same statement that writes it, whatever other writers add meanwhile (a collision between two of
    /// the ~10^5 shapes is ~10^-10 likely).
    /// </summary>
    public static long IdOf(string fingerprint) => Convert.ToInt64(fingerprint[..16], 16);
}
