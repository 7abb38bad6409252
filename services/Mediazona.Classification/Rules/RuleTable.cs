using System.Globalization;
using Charge = Mediazona.Classification.Charges.Charge;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Rules;

/// <summary>
/// The versioned rule table (loaded once from data, see RuleFile): maps a charge to its category.
/// Every charge gets an answer; one the table does not know is classified by chapter and flagged unknown.
/// </summary>
public sealed class RuleTable
{
    readonly Dictionary<(string Article, string Part), Rule> _byPart;
    readonly Dictionary<string, Category> _articleCategory;

    public RuleTable(int version, DateOnly effectiveFrom, IEnumerable<Rule> rules)
    {
        if (version <= 0)
            throw new ArgumentOutOfRangeException(nameof(version), version, "A rule table version starts at 1.");
        Version = version;
        EffectiveFrom = effectiveFrom;
        Rules = [.. rules];
        _byPart = [];
        _articleCategory = [];
        foreach (var rule in Rules)
        {
            if (!_byPart.TryAdd((rule.Article, rule.Part), rule))
                throw new ArgumentException($"Rule for article {rule.Article} part '{rule.Part}' is listed twice.", nameof(rules));
            if (_articleCategory.TryGetValue(rule.Article, out var category) && category != rule.Category)
                throw new ArgumentException($"Article {rule.Article} has rows of different categories.", nameof(rules));
            _articleCategory[rule.Article] = rule.Category;
        }
    }

    public int Version { get; }

    public DateOnly EffectiveFrom { get; }

    public IReadOnlyList<Rule> Rules { get; }

    public ClassifiedCharge Classify(Charge charge)
    {
        var article = charge.Article.Trim();
        var part = charge.Part.Trim();
        if (_byPart.TryGetValue((article, part), out var rule) || _byPart.TryGetValue((article, ""), out rule))
            return new ClassifiedCharge(charge, rule.Category, rule.MobilisationEra, rule.AwolDuration, rule.MaxPenaltyMonths, Unknown: false, rule.MaxPenaltyUnknown, rule.LifeImprisonment);

        // A part the table does not list (or none printed) must not count as mobilisation-era on a guess.
        var category = _articleCategory.TryGetValue(article, out var known) ? known : ByChapter(article);
        return new ClassifiedCharge(charge, category, MobilisationEra: false, AwolDuration.Unspecified, MaxPenaltyMonths: 0, Unknown: true, MaxPenaltyUnknown: true);
    }

    /// <summary>Chapter 33 (military service) runs from article 331 to 352; "337.1" belongs to it as 337 does.</summary>
    static Category ByChapter(string article)
    {
        var whole = article.Split('.', 2)[0];
        return int.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 331 and <= 352
            ? Category.OtherMilitary
            : Category.NonMilitary;
    }
}
