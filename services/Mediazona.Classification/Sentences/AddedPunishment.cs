using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Sentences;

/// <summary>A punishment added to the main one, as a text states it.</summary>
/// <param name="TermMonths">Restriction of freedom, ban on posts: the term; else 0.</param>
/// <param name="FineRubles">Fine: the amount; else 0.</param>
public sealed record AddedPunishment(AdditionalPunishmentKind Kind, int TermMonths, long FineRubles, string RawText);
