using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mediazona.Classification.Tests.Corpus;

/// <summary>One line of a labelled corpus file: a case as a sender gives it, and what the classifier must say.</summary>
public sealed record CorpusCase(
    string Id,
    string Note,
    string OutcomeRaw,
    string Act,
    List<CorpusAnnotation> Annotations,
    List<CorpusDefendant> Defendants)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

public sealed record CorpusAnnotation(int Ordinal, string Text, string Source, string Date);

public sealed record CorpusDefendant(string Name, bool Hidden, string Charges, CorpusExpectation Expect);

/// <summary>Expected labels; empty strings and zeros mean "none".</summary>
/// <param name="Kind">PunishmentKind name without prefix (IMPRISONMENT…), "" when no source states one.</param>
/// <param name="Match">How the act's paragraph is tied to the defendant: NAME, REDACTED, ORDER, or "" (no act paragraph).</param>
/// <param name="Primary">Primary charge as "article/part".</param>
/// <param name="Penalty">PenaltyKind name without prefix (DEPRIVATION_OF_LIBERTY…), "" for none; null: not labelled (not scored).</param>
/// <param name="Additional">Additional punishments as "KIND[ amount or months]", sorted and joined by "; "; null: not labelled.</param>
/// <param name="Stage">OffenceStage of the primary charge without prefix (ATTEMPT…), "" when completed; null: not labelled.</param>
public sealed record CorpusExpectation(
    string Kind,
    int Term,
    int Probation,
    string Regime,
    long Fine,
    string Match,
    string Primary,
    string Category,
    bool Mobilisation,
    string Service,
    string Outcome,
    string Source,
    string? Penalty = null,
    string? Additional = null,
    string? Stage = null);
