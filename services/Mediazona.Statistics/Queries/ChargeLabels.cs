using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Statistics.Queries;

/// <summary>
/// How the case table and the CSV write one charge: "337 ч.5", and the art. 30 stage or art. 33 role written with it in
/// the Code's own terms, "338 ч.1 (ст.30 ч.3)". Defined once here, in C#, and turned into SQL over <c>defendant_charges ch</c>.
/// </summary>
public static class ChargeLabels
{
    public static readonly IReadOnlyDictionary<OffenceStage, string> Stages = new Dictionary<OffenceStage, string>
    {
        [OffenceStage.Preparation] = "ст.30 ч.1",
        [OffenceStage.Attempt] = "ст.30 ч.3",
        [OffenceStage.Unfinished] = "ст.30",
    };

    public static readonly IReadOnlyDictionary<ComplicityRole, string> Roles = new Dictionary<ComplicityRole, string>
    {
        [ComplicityRole.Perpetrator] = "ст.33 ч.2",
        [ComplicityRole.Organiser] = "ст.33 ч.3",
        [ComplicityRole.Instigator] = "ст.33 ч.4",
        [ComplicityRole.Accessory] = "ст.33 ч.5",
        [ComplicityRole.Accomplice] = "ст.33",
    };

    /// <summary>One charge as the case table writes it. Pure.</summary>
    public static string Label(string article, string part, OffenceStage stage, ComplicityRole role)
    {
        string[] qualifiers = [.. new[] { Stages.GetValueOrDefault(stage), Roles.GetValueOrDefault(role) }.OfType<string>()];
        var charge = part.Length > 0 ? $"{article} ч.{part}" : article;
        return qualifiers.Length > 0 ? $"{charge} ({string.Join(", ", qualifiers)})" : charge;
    }

    /// <summary><see cref="Label"/> as SQL over <c>ch</c>.</summary>
    public static readonly string LabelSql =
        "ch.article || case when ch.part <> '' then ' ч.' || ch.part else '' end"
        + $" || coalesce(' (' || nullif(concat_ws(', ', {Case("ch.stage", Stages)}, {Case("ch.complicity", Roles)}), '') || ')', '')";

    static string Case<T>(string column, IReadOnlyDictionary<T, string> labels) where T : struct, Enum =>
        $"case {column} {string.Join(' ', labels.Select(l => $"when {Figures.SqlLiteral.Number(l.Key)} then '{l.Value}'"))} end";
}
