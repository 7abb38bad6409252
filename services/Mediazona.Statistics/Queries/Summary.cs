using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Statistics.Queries;

/// <summary>Headline figures for a filter, as computed from the projection at DataVersion.</summary>
public sealed record Summary(
    DateOnly AsOf,
    long Cases,
    long Defendants,
    long VerdictCases,
    long PendingCases,
    long ConvictedDefendants,
    long AcquittedDefendants,
    long KnownSentences,
    long SuspendedSentences,
    IReadOnlyList<CategoryFigure> ByCategory,
    IReadOnlyList<ArticleFigure> ByArticle,
    long DataVersion)
{
    /// <summary>Suspended among known sentences; 0 when none is known.</summary>
    public double SuspendedShare => KnownSentences == 0 ? 0 : (double)SuspendedSentences / KnownSentences;
}

public sealed record CategoryFigure(Category Category, long Cases, long Defendants);

public sealed record ArticleFigure(string Article, long Cases, long Defendants);
