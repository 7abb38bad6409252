using Grpc.Core;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Ingestion.Identity;
using Mediazona.Ingestion.Intake;
using Mediazona.Ingestion.Mapping;
using Mediazona.Ingestion.Normalisation;
using Mediazona.Ingestion.Storage;
using Mediazona.Ingestion.Validation;
using Mediazona.ServiceDefaults.Grpc;
using Google.Protobuf;

namespace Mediazona.Ingestion.Rpc;

/// <summary>gRPC (and transcoded JSON) front of ingestion: intake, store, answer.</summary>
public sealed class IngestionRpc(CaseStore store, TimeProvider clock) : IngestionService.IngestionServiceBase
{
    const string Source = "ingestion.SubmitCases";

    public override async Task<SubmitCasesResponse> SubmitCases(SubmitCasesRequest request, ServerCallContext context)
    {
        if (request.Cases.Count == 0)
            throw RpcErrors.InvalidArgument("The request has no cases", new FieldViolation("cases", "at least one case is required"));
        if (request.Cases.Count > ValidationLimits.MaxCasesPerRequest)
        {
            var reason = $"{request.Cases.Count} cases in one request; at most {ValidationLimits.MaxCasesPerRequest}";
            await store.QuarantineAsync([new QuarantineEntry(Source, reason, "cases", request.ToByteArray())], context.CancellationToken);
            throw RpcErrors.InvalidArgument("Too many cases in one request", new FieldViolation("cases", reason));
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var sorted = CaseIntake.Sort(request.Cases, today);
        var outcome = await store.RecordBatchAsync(sorted.Accepted, sorted.Rejected, RevisionOrigin.Structured, Source, context.CancellationToken);
        if (sorted.Accepted.Count == 0)
        {
            throw RpcErrors.InvalidArgument($"All {sorted.Rejected.Count} cases were rejected (kept in quarantine)",
                sorted.Rejected.Select(r => new FieldViolation(r.Field, r.Reason)));
        }
        return CaseMapping.ToResponse(outcome, sorted.Rejected);
    }

    public override async Task<GetCaseResponse> GetCase(GetCaseRequest request, ServerCallContext context)
    {
        var caseId = await ResolveCaseIdAsync(request, context.CancellationToken);
        var latest = caseId is null ? null : await store.GetLatestAsync(caseId, context.CancellationToken);
        return latest is null
            ? throw RpcErrors.NotFound("No such case", "mediazona.cases.v1.CourtCase", caseId ?? $"{request.CourtCode}|{request.CaseNumber}|{request.CaseUid}")
            : CaseMapping.ToResponse(latest);
    }

    public override async Task<ListRevisionsResponse> ListRevisions(ListRevisionsRequest request, ServerCallContext context)
    {
        var caseId = request.CaseId.Trim();
        if (caseId.Length == 0)
            throw RpcErrors.InvalidArgument("case_id is required", new FieldViolation("case_id", "required"));
        var revisions = await store.ListRevisionsAsync(caseId, context.CancellationToken);
        if (revisions.Count == 0)
            throw RpcErrors.NotFound("No such case", "mediazona.cases.v1.CourtCase", caseId);
        return new ListRevisionsResponse { Revisions = { revisions.Select(CaseMapping.ToResponse) } };
    }

    /// <summary>The id asked for, or the one case matching court code and number; null when none matches.</summary>
    async Task<string?> ResolveCaseIdAsync(GetCaseRequest request, CancellationToken cancellationToken)
    {
        if (request.CaseId.Trim() is { Length: > 0 } caseId)
            return caseId;
        var courtCode = request.CourtCode.Trim().ToUpperInvariant();
        var caseNumber = CaseNormaliser.CollapseWhitespace(request.CaseNumber);
        if (courtCode.Length == 0 || caseNumber.Length == 0)
        {
            throw RpcErrors.InvalidArgument("Give case_id, or court_code and case_number",
                new FieldViolation(courtCode.Length == 0 ? "court_code" : "case_number", "required when case_id is empty"));
        }
        var caseUid = request.CaseUid.Trim();
        if (caseUid.Length > 0)
            return CaseIdentity.CaseId(courtCode, caseNumber, caseUid);
        var ids = await store.FindCaseIdsAsync(courtCode, caseNumber, null, cancellationToken);
        return ids.Count switch
        {
            0 => null,
            1 => ids[0],
            _ => throw RpcErrors.InvalidArgument($"{ids.Count} cases have this court code and number",
                new FieldViolation("case_uid", "required: the case number is ambiguous in this court")),
        };
    }
}
