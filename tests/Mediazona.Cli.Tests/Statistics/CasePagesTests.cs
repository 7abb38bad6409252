using Grpc.Core;
using Mediazona.Cli.Statistics;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Tests.Statistics;

public class CasePagesTests
{
    /// <summary>Three pages of two rows, chained by tokens "p2" and "p3".</summary>
    sealed class FakeStatistics : StatisticsService.StatisticsServiceClient
    {
        static readonly Dictionary<string, (string[] Cases, string Next)> Pages = new()
        {
            [""] = (["1-1", "1-2"], "p2"),
            ["p2"] = (["1-3", "1-4"], "p3"),
            ["p3"] = (["1-5"], ""),
        };

        public List<ListCasesRequest> Requests { get; } = [];

        public override AsyncUnaryCall<ListCasesResponse> ListCasesAsync(ListCasesRequest request, Metadata? headers = null, DateTime? deadline = null, CancellationToken cancellationToken = default)
        {
            Requests.Add(request.Clone());
            var (cases, next) = Pages[request.PageToken];
            var page = new ListCasesResponse { NextPageToken = next, DataVersion = Requests.Count, Rows = { cases.Select(c => Responses.Row(c)) } };
            return new AsyncUnaryCall<ListCasesResponse>(Task.FromResult(page), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
        }
    }

    static readonly ListCasesRequest First = new() { AsOf = "2023-04-03", CourtCodes = { "97GV0001" }, PageSize = 2 };

    static Task<ListCasesResponse> Read(FakeStatistics client, ListCasesRequest request, bool all) =>
        CasePages.ReadAsync(client, request, all, TimeSpan.FromSeconds(30), CancellationToken.None);

    [Fact]
    public async Task All_follows_the_tokens_to_the_last_page_keeping_the_filters_and_merges_the_rows_in_order()
    {
        var client = new FakeStatistics();

        var merged = await Read(client, First, all: true);

        Assert.Equal(["1-1", "1-2", "1-3", "1-4", "1-5"], merged.Rows.Select(r => r.CaseNumber));
        Assert.Equal(["", "p2", "p3"], client.Requests.Select(r => r.PageToken));
        Assert.All(client.Requests, r => Assert.Equal(("2023-04-03", "97GV0001", 2), (r.AsOf, r.CourtCodes.Single(), r.PageSize)));
        Assert.Equal(("", 3L), (merged.NextPageToken, merged.DataVersion));
        Assert.Equal("", First.PageToken);
    }

    [Fact]
    public async Task Without_all_one_page_is_read_and_its_next_token_kept()
    {
        var client = new FakeStatistics();

        var page = await Read(client, First, all: false);

        Assert.Equal(["1-1", "1-2"], page.Rows.Select(r => r.CaseNumber));
        Assert.Equal("p2", page.NextPageToken);
        Assert.Single(client.Requests);
    }

    [Fact]
    public async Task A_given_token_is_where_reading_starts()
    {
        var client = new FakeStatistics();
        var from = First.Clone();
        from.PageToken = "p2";

        var rest = await Read(client, from, all: true);

        Assert.Equal(["1-3", "1-4", "1-5"], rest.Rows.Select(r => r.CaseNumber));
    }
}
