using System.Globalization;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Statistics.Figures;

/// <summary>
/// The charge keys: one string per thing a charge filter can ask of one charge: its article ("337"), article and part
/// ("337|5"), category ("c5"), article or part with the category ("337#c5", "337|5#c5"), and article or part at a stage
/// of art. 30 ("338@2", "338|1@2"). A case shape lists the keys
/// of its defendants' charges; a filter names exactly one key (<see cref="ForFilter"/>).
/// </summary>
public static class ChargeKeys
{
    public static string Article(string article) => article;

    public static string Part(string article, string part) => $"{article}|{part}";

    public static string Category(short category) => "c" + category.ToString(CultureInfo.InvariantCulture);

    public static string WithCategory(string key, short category) => $"{key}#{Category(category)}";

    /// <summary>An article or part key at a stage of art. 30 ("338@2": attempted desertion).</summary>
    public static string Staged(string key, short stage) => $"{key}@{stage.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The one key a filter by article, part, category and stage asks for; null when the filter names no charge.
    /// A stage goes with an article and without a category (the request parser refuses the rest).
    /// </summary>
    public static string? ForFilter(string? article, string? part, Category? category, OffenceStage? stage = null)
    {
        var code = category is { } c ? (short?)(short)c : null;
        if (article is null)
            return code is { } only ? Category(only) : null;
        var key = part is null ? Article(article) : Part(article, part);
        if (stage is { } s)
            return Staged(key, (short)s);
        return code is { } with ? WithCategory(key, with) : key;
    }
}
