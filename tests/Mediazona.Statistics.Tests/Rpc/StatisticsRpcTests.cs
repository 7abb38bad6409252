using Google.Rpc;
using Grpc.Core;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Tests.Infrastructure;
using Npgsql;

namespace Mediazona.Statistics.Tests.Rpc;

public class StatisticsRpcTests
{
    [Theory]
    [InlineData("as_of")]
    [InlineData("entry_from")]
    [InlineData("entry_to")]
    [InlineData("category")]
    public async Task Bad_input_is_invalid_argument_with_the_field_at_fault(string field)
    {
        var request = field switch
        {
            "as_of" => new GetSummaryRequest { AsOf = "2023-13-01" },
            "entry_from" => new GetSummaryRequest { EntryFrom = "01.01.2023" },
            "entry_to" => new GetSummaryRequest { EntryTo = "soon" },
            _ => new GetSummaryRequest { Category = (Category)77 },
        };
        // Nothing is reached behind validation: neither store is contacted.
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=nobody");
        await using var redis = await Services.UnreachableRedisAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => Services.Rpc(dataSource, redis).GetSummary(request, new TestCallContext()));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var status = Google.Rpc.Status.Parser.ParseFrom(error.Trailers.GetValueBytes("grpc-status-details-bin"));
        var badRequest = Assert.Single(status.Details).Unpack<BadRequest>();
        Assert.Equal(field, Assert.Single(badRequest.FieldViolations).Field);
    }
}
