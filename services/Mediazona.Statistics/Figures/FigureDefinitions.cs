using System.Security.Cryptography;
using System.Text;
using Mediazona.Statistics.Queries;

namespace Mediazona.Statistics.Figures;

/// <summary>
/// Each figure by its name in the releases' codebook: what it means, the SQL the statistics count it with (the very
/// constants of <see cref="CaseFigures"/>, <see cref="SentenceFigures"/> and <see cref="FilterSql"/>), and how to count it
/// from a release. The methodology version is a hash of them all, so it moves whenever a definition does.
/// </summary>
public static class FigureDefinitions
{
    public sealed record Figure(string Meaning, string StatisticsSql, string FromRelease);

    public static readonly IReadOnlyDictionary<string, Figure> All = new SortedDictionary<string, Figure>(StringComparer.Ordinal)
    {
        ["received"] = new("A case counts as received when it entered the court on or before the as-of date (every row of cases is).",
            CaseFigures.ReceivedBySql, "select count(*) from cases where mobilisation_era"),
        ["verdict"] = new("A verdict (приговор) decided on or before the as-of date.",
            CaseFigures.VerdictBySql, "select count(*) from cases where mobilisation_era and outcome = 'VERDICT'"),
        ["pending"] = new("No decision known on the as-of date: the outcome says pending or nothing, or the decision came later.",
            CaseFigures.PendingAtSql, "select count(*) from cases where mobilisation_era and outcome in ('', 'PENDING')"),
        ["published_act"] = new("A verdict by the as-of date whose judicial act the court published.",
            CaseFigures.PublishedActBySql, "select count(*) from cases where outcome = 'VERDICT' and has_published_act"),
        ["mobilisation_era"] = new("A case charged under a part of the Criminal Code added or changed on 24 September 2022 (classification marks it); "
            + "the statistics count only these unless asked for every case (allCases=true).",
            CaseFigures.MobilisationEraSql, "where mobilisation_era"),
        ["convicted"] = new("A defendant of a case with a verdict by the as-of date who was not acquitted.",
            $"d.convicted and {CaseFigures.VerdictBySql}", "select count(*) from defendants where convicted"),
        ["acquitted"] = new("A defendant acquitted by a verdict by the as-of date.",
            $"d.acquitted and {CaseFigures.VerdictBySql}", "select count(*) from defendants where acquitted"),
        ["known_sentence"] = new("A convicted defendant whose main punishment's kind is known from some source (not an acquittal).",
            SentenceFigures.KnownSentenceSql, "select count(*) from defendants where convicted and punishment_kind not in ('', 'ACQUITTED')"),
        ["real"] = new("A convicted defendant sentenced to imprisonment to be served.",
            SentenceFigures.RealSql, "select count(*) from defendants where convicted and punishment_kind = 'IMPRISONMENT'"),
        ["suspended"] = new("A convicted defendant whose imprisonment is conditional (art. 73).",
            SentenceFigures.SuspendedSql, "select count(*) from defendants where convicted and punishment_kind = 'SUSPENDED'"),
        ["charge_keys"] = new("A filter by article, part, category and stage of art. 30 selects a case when one charge of one defendant matches "
            + "all of them; the people figures then count only the defendants charged so.",
            FilterSql.ChargeMatches.ReplaceLineEndings(" "), "select count(distinct case_id) from charges where article = '337' and part = '5'"),
    };

    /// <summary>"m-" and the first 12 hex digits of a SHA-256 over every definition: a new definition is a new methodology.</summary>
    public static readonly string MethodologyVersion = "m-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\n', All.Select(f => $"{f.Key}\t{f.Value.Meaning}\t{f.Value.StatisticsSql}")))))[..12];

    /// <summary>Each figure as the codebook prints it.</summary>
    public static IReadOnlyDictionary<string, string> ForCodebook() => All.ToDictionary(f => f.Key, f => string.Join("\n\n",
        f.Value.Meaning,
        $"The statistics count it as (projection SQL, `$1` = the as-of date, enums by number): `{f.Value.StatisticsSql}`",
        $"From this release (DuckDB, the default filter shown): `{f.Value.FromRelease}`"));
}
