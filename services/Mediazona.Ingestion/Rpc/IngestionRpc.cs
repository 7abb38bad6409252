using Grpc.Core;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Ingestion.Annotations;
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
public sealed class IngestionRpc(CaseStore store, ReplayStore replays, TimeProvider clock) : IngestionService.IngestionServiceBase
{
    const string Source = "ingestion.SubmitCases";
    const string CardsSource = "ingestion.ImportCards";
    const string StreamSource = "ingestion.StreamCards";
    const int DefaultQuarantinePage = 50;
    const int MaxQuarantinePage = 500;

    DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public override async Task<SubmitCasesResponse> SubmitCases(SubmitCasesRequest request, ServerCallContext context)
    {
        if (request.Cases.Count == 0)
            throw RpcErrors.InvalidArgument("The request has no cases", new FieldViolation("cases", "at least one case is required"));
        if (request.Cases.Count > ValidationLimits.MaxCasesPerRequest)
        {
            var reason = $"{request.Cases.Count} cases in one request; at most {ValidationLimits.MaxCasesPerRequest}";
            await store.QuarantineAsync([new QuarantineRow(Source, reason, "cases", request.ToByteArray())], context.CancellationToken);
            throw RpcErrors.InvalidArgument("Too many cases in one request", new FieldViolation("cases", reason));
        }

        var sorted = CaseIntake.Sort(request.Cases, Today);
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

    /// <summary>Card pages: every card gets a result, rejected ones included (they are the point of a card import).</summary>
    public override async Task<ImportCardsResponse> ImportCards(ImportCardsRequest request, ServerCallContext context)
    {
        CheckCardBatch(request.Cards.Count);
        var sorted = CardIntake.Sort(request.Cards, Today);
        var outcome = await store.RecordBatchAsync(sorted.Accepted, sorted.Rejected, RevisionOrigin.Card, CardsSource, context.CancellationToken);
        var response = CaseMapping.ToResponse(outcome, sorted.Rejected);
        return new ImportCardsResponse
        {
            Results = { response.Results },
            NewCount = response.NewCount,
            RevisionCount = response.RevisionCount,
            UnchangedCount = response.UnchangedCount,
            RejectedCount = response.RejectedCount,
        };
    }

    /// <summary>Each streamed batch is stored as it arrives (so memory stays bounded); one answer at the end.</summary>
    public override async Task<StreamCardsResponse> StreamCards(IAsyncStreamReader<StreamCardsRequest> requestStream, ServerCallContext context)
    {
        var response = new StreamCardsResponse();
        var next = 0;
        await foreach (var batch in requestStream.ReadAllAsync(context.CancellationToken))
        {
            if (batch.Cards.Count == 0)
                continue;
            CheckCardBatch(batch.Cards.Count);
            var sorted = CardIntake.Sort(batch.Cards, Today, next);
            next += batch.Cards.Count;
            var outcome = await store.RecordBatchAsync(sorted.Accepted, sorted.Rejected, RevisionOrigin.Card, StreamSource, context.CancellationToken);
            var stored = CaseMapping.ToResponse(outcome, sorted.Rejected);
            response.Results.Add(stored.Results);
            response.NewCount += stored.NewCount;
            response.RevisionCount += stored.RevisionCount;
            response.UnchangedCount += stored.UnchangedCount;
            response.RejectedCount += stored.RejectedCount;
        }
        return response;
    }

    static void CheckCardBatch(int count)
    {
        if (count == 0)
            throw RpcErrors.InvalidArgument("The request has no cards", new FieldViolation("cards", "at least one card is required"));
        if (count > ValidationLimits.MaxCardsPerRequest)
        {
            throw RpcErrors.InvalidArgument("Too many cards in one request",
                new FieldViolation("cards", $"{count} cards in one request; at most {ValidationLimits.MaxCardsPerRequest}"));
        }
    }

    public override async Task<ListQuarantineResponse> ListQuarantine(ListQuarantineRequest request, ServerCallContext context)
    {
        if (request.PageSize < 0)
            throw RpcErrors.InvalidArgument("page_size must not be negative", new FieldViolation("page_size", "0 (default) or more"));
        long beforeId = 0;
        if (request.PageToken.Length > 0 && (!long.TryParse(request.PageToken, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out beforeId) || beforeId <= 0))
            throw RpcErrors.InvalidArgument("page_token is not one this service gave", new FieldViolation("page_token", "use next_page_token of the previous page"));
        var pageSize = request.PageSize == 0 ? DefaultQuarantinePage : Math.Min(request.PageSize, MaxQuarantinePage);
        // One extra row tells whether another page follows.
        var rows = await store.ListQuarantineAsync(beforeId, pageSize + 1, context.CancellationToken);
        var response = new ListQuarantineResponse { Entries = { rows.Take(pageSize).Select(CaseMapping.ToEntry) } };
        if (rows.Count > pageSize)
            response.NextPageToken = rows[pageSize - 1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return response;
    }

    public override async Task<AnnotateCaseResponse> AnnotateCase(AnnotateCaseRequest request, ServerCallContext context)
    {
        var caseId = request.CaseId.Trim();
        if (caseId.Length == 0)
            throw RpcErrors.InvalidArgument("case_id is required", new FieldViolation("case_id", "required"));
        var latest = await store.GetLatestAsync(caseId, context.CancellationToken)
            ?? throw RpcErrors.NotFound("No such case", "mediazona.cases.v1.CourtCase", caseId);
        var (annotated, rejection) = Annotating.Apply(CourtCase.Parser.ParseFrom(latest.Payload), request.Annotation, Today);
        if (rejection is not null)
            throw RpcErrors.InvalidArgument(rejection.Reason, new FieldViolation(rejection.Field, rejection.Reason));
        var prepared = new PreparedCase(0, caseId, annotated!);
        if (CaseValidator.Validate(annotated!, "case", Today) is { } invalid)
            throw RpcErrors.InvalidArgument(invalid.Reason, new FieldViolation(invalid.Field, invalid.Reason));
        var outcome = await store.RecordBatchAsync([prepared], [], RevisionOrigin.Annotation, "ingestion.AnnotateCase", context.CancellationToken);
        var stored = await store.GetLatestAsync(caseId, context.CancellationToken);
        var current = CaseMapping.ToResponse(stored!);
        return new AnnotateCaseResponse
        {
            Case = current.Case,
            Revision = current.Revision,
            Status = outcome.Records[0].Kind == RecordKind.Unchanged ? RecordStatus.Unchanged : RecordStatus.Revision,
        };
    }

    public override async Task<ReplayResponse> Replay(ReplayRequest request, ServerCallContext context)
    {
        if (request.BatchSize < 0 || request.BatchSize > ReplayStore.MaxBatchSize)
        {
            throw RpcErrors.InvalidArgument("batch_size is out of range",
                new FieldViolation("batch_size", $"0 (default {ReplayStore.DefaultBatchSize}) to {ReplayStore.MaxBatchSize}"));
        }
        var outcome = await replays.ReplayAllAsync(request.BatchSize, context.CancellationToken);
        return new ReplayResponse { CasesQueued = outcome.CasesQueued, Batches = outcome.Batches };
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
