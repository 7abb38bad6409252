using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Statistics;

/// <summary>ListCases page by page: one page, or with --all every page from the token on, merged into one response.</summary>
internal static class CasePages
{
    public static async Task<ListCasesResponse> ReadAsync(StatisticsService.StatisticsServiceClient client, ListCasesRequest request, bool all,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        var merged = new ListCasesResponse();
        request = request.Clone();
        while (true)
        {
            var page = await client.ListCasesAsync(request, deadline: DateTime.UtcNow + timeout, cancellationToken: cancellationToken);
            merged.Rows.Add(page.Rows);
            merged.DataVersion = page.DataVersion;
            merged.NextPageToken = page.NextPageToken;
            if (!all || page.NextPageToken.Length == 0)
                return merged;
            request.PageToken = page.NextPageToken;
        }
    }
}
