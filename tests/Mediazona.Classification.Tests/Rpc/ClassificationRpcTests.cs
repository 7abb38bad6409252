using Google.Rpc;
using Grpc.Core;
using Mediazona.Classification.Rpc;
using Mediazona.Classification.Rules;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Classification.V1;

namespace Mediazona.Classification.Tests.Rpc;

public class ClassificationRpcTests
{
    static readonly RuleTable Table = RuleFile.LoadEmbedded();
    readonly ClassificationRpc _rpc = new(Table);

    [Fact]
    public async Task A_request_without_a_case_is_an_invalid_argument_on_the_case_field()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _rpc.Classify(new ClassifyRequest(), null!));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var status = Google.Rpc.Status.Parser.ParseFrom(error.Trailers.GetValueBytes("grpc-status-details-bin"));
        var badRequest = status.Details.Single().Unpack<BadRequest>();
        Assert.Equal("case", Assert.Single(badRequest.FieldViolations).Field);
    }

    [Fact]
    public async Task Classifies_a_case_as_a_preview()
    {
        var request = new ClassifyRequest
        {
            Case = new CourtCase { CaseNumber = "1-5/2024", OutcomeRaw = "Вынесен ПРИГОВОР", Defendants = { new Defendant { Ordinal = 1, ChargesRaw = "ст.352.1 УК РФ" } } },
        };

        var response = await _rpc.Classify(request, null!);

        Assert.Equal("1-5/2024", response.Classification.CaseNumber);
        Assert.Equal("", response.Classification.CaseId);
        Assert.Equal(Category.Surrender, response.Classification.Defendants[0].Primary.Category);
        Assert.True(response.Classification.MobilisationEra);
    }

    [Fact]
    public async Task Returns_the_rule_table_in_force()
    {
        var response = await _rpc.GetRules(new GetRulesRequest(), null!);

        Assert.Equal((Table.Version, "2022-09-24"), (response.Version, response.EffectiveFrom));
        Assert.Equal(Table.Rules.Count, response.Rules.Count);
        var awol = Assert.Single(response.Rules, r => r is { Article: "337", Part: "5" });
        Assert.Equal((Category.Awol, true, AwolDuration.OverMonth, 120), (awol.Category, awol.MobilisationEra, awol.AwolDuration, awol.MaxPenaltyMonths));
        Assert.Contains(response.Rules, r => r is { Article: "201.2", Category: Category.NonMilitary });
    }
}
