using Grpc.Core;
using Mediazona.Classification.Classifying;
using Mediazona.Classification.Mapping;
using Mediazona.Classification.Rules;
using Mediazona.Contracts.Classification.V1;
using Mediazona.ServiceDefaults.Grpc;

namespace Mediazona.Classification.Rpc;

/// <summary>Previews a classification and shows the rule table; stores nothing.</summary>
public sealed class ClassificationRpc(RuleTable rules) : ClassificationService.ClassificationServiceBase
{
    public override Task<ClassifyResponse> Classify(ClassifyRequest request, ServerCallContext context)
    {
        if (request.Case is null)
            throw RpcErrors.InvalidArgument("A case is required.", new FieldViolation("case", "must be set"));
        // A preview has no stored revision: case_id, revision and content_hash stay empty.
        return Task.FromResult(new ClassifyResponse { Classification = CaseClassifier.Classify(request.Case, revision: null, rules) });
    }

    public override Task<GetRulesResponse> GetRules(GetRulesRequest request, ServerCallContext context) =>
        Task.FromResult(rules.ToResponse());
}
