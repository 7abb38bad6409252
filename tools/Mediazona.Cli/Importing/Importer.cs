using Google.Protobuf;
using Grpc.Core;
using Mediazona.Cli.Planning;
using Mediazona.Contracts.Ingestion.V1;

namespace Mediazona.Cli.Importing;

/// <summary>How hard to try before giving a batch up.</summary>
internal sealed record RetryPolicy(int Attempts, TimeSpan Delay, TimeSpan Deadline)
{
    public static readonly RetryPolicy Default = new(4, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
}

/// <summary>Hears about each batch as it is acknowledged or retried (progress bar or plain lines).</summary>
internal interface IImportProgress
{
    void Acknowledged(ImportBatch batch, BatchCounts counts);
    void Retrying(ImportBatch batch, int attempt, RpcException error);
}

/// <summary>
/// Sends a plan's batches in order: cards with ImportCards, cases with SubmitCases. A batch that is not acknowledged
/// because of a transient error is sent again (safe: an identical record is UNCHANGED); an error that resending
/// cannot fix, or too many attempts, stops the import with <see cref="ImportSummary.Failure"/> set.
/// </summary>
/// <param name="courtCode">--court: the court code sent with every card page ("" for none), for pages of a court the registry lacks.</param>
internal sealed class Importer(IngestionService.IngestionServiceClient ingestion, IFileTree files, RetryPolicy retry, string courtCode = "")
{
    public async Task<ImportSummary> RunAsync(ImportPlan plan, IImportProgress progress, CancellationToken cancellationToken)
    {
        var summary = new ImportSummary();
        foreach (var batch in plan.Batches)
        {
            var results = await SendWithRetriesAsync(batch, summary, progress, cancellationToken);
            if (results is null)
                break;
            progress.Acknowledged(batch, summary.Add(results));
        }
        return summary;
    }

    async Task<IReadOnlyList<RecordResult>?> SendWithRetriesAsync(ImportBatch batch, ImportSummary summary, IImportProgress progress, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SendAsync(batch, cancellationToken);
            }
            catch (RpcException ex) when (IsTransient(ex.StatusCode) && attempt < retry.Attempts && !cancellationToken.IsCancellationRequested)
            {
                summary.Retries++;
                progress.Retrying(batch, attempt, ex);
                await Task.Delay(retry.Delay * attempt, cancellationToken);
            }
            catch (RpcException ex)
            {
                summary.Failure = $"batch {batch.Number} ({batch.Count} {batch.Kind}) failed after {attempt} attempt(s): {ex.StatusCode}: {ex.Status.Detail}";
                return null;
            }
        }
    }

    async Task<IReadOnlyList<RecordResult>> SendAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + retry.Deadline;
        switch (batch)
        {
            case CardBatch cards:
                var request = new ImportCardsRequest();
                foreach (var card in cards.Cards)
                    request.Cards.Add(new CardInput { Content = ByteString.CopyFrom(files.ReadBytes(card.Path)), SourceUrl = card.SourceUrl, CourtCode = courtCode });
                return (await ingestion.ImportCardsAsync(request, deadline: deadline, cancellationToken: cancellationToken)).Results;
            case CaseBatch cases:
                var submit = new SubmitCasesRequest { Cases = { cases.Cases } };
                return (await ingestion.SubmitCasesAsync(submit, deadline: deadline, cancellationToken: cancellationToken)).Results;
            default:
                throw new ArgumentOutOfRangeException(nameof(batch), batch.GetType().Name, "unknown batch kind");
        }
    }

    /// <summary>Errors where the batch may not have been stored and resending may succeed (gateway or service restarting, overload).</summary>
    internal static bool IsTransient(StatusCode code) =>
        code is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted or StatusCode.Aborted
            or StatusCode.Internal or StatusCode.Unknown;
}
