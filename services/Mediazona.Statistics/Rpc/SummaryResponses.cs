using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Queries;

namespace Mediazona.Statistics.Rpc;

/// <summary>The one place a Summary becomes its protobuf answer.</summary>
public static class SummaryResponses
{
    public static GetSummaryResponse ToResponse(Summary summary)
    {
        var response = new GetSummaryResponse
        {
            AsOf = summary.AsOf.ToString("yyyy-MM-dd"),
            Cases = summary.Cases,
            Defendants = summary.Defendants,
            VerdictCases = summary.VerdictCases,
            PendingCases = summary.PendingCases,
            ConvictedDefendants = summary.ConvictedDefendants,
            AcquittedDefendants = summary.AcquittedDefendants,
            KnownSentences = summary.KnownSentences,
            SuspendedSentences = summary.SuspendedSentences,
            SuspendedShare = summary.SuspendedShare,
            DataVersion = summary.DataVersion,
        };
        response.ByCategory.AddRange(summary.ByCategory.Select(c => new CategoryCount { Category = c.Category, Cases = c.Cases, Defendants = c.Defendants }));
        response.ByArticle.AddRange(summary.ByArticle.Select(a => new ArticleCount { Article = a.Article, Cases = a.Cases, Defendants = a.Defendants }));
        return response;
    }
}
