using Mediazona.Contracts.Statistics.V1;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Releases;

namespace Mediazona.Statistics.Rpc;

/// <summary>
/// GET /api/v1/stats/release.zip?asOf=...&amp;courtCodes=...: the release ExportRelease streams, as a file download
/// (the dashboard's button). A plain endpoint: transcoding cannot answer a zip. Not cached.
/// </summary>
public static class ReleaseZipEndpoint
{
    public const string Path = "/api/v1/stats/release.zip";

    public static WebApplication MapReleaseZip(this WebApplication app)
    {
        app.MapGet(Path, WriteAsync);
        return app;
    }

    static async Task WriteAsync(HttpContext context, StatisticsQueries queries, TimeProvider time)
    {
        var request = new ExportReleaseRequest
        {
            AsOf = context.Request.Query["asOf"].ToString(),
            CourtCodes = { context.Request.Query["courtCodes"].Where(c => c is not null).Select(c => c!) },
        };
        var parsed = SummaryRequestParser.Parse(request.Filter(), DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (parsed.Filter is not { } filter)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new
            {
                code = 3,
                message = "invalid release request",
                fieldViolations = parsed.Violations.Select(v => new { field = v.Field, description = v.Description }),
            }, context.RequestAborted);
            return;
        }
        using var turn = ExportGate.Shared.TryEnter();
        if (turn is null)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = ((int)ExportGate.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await context.Response.WriteAsJsonAsync(new { code = 14, message = "another release export is running; try again later" }, context.RequestAborted);
            return;
        }
        await using var export = await ReleaseExport.BuildAsync(queries.Release, filter, context.RequestAborted);
        context.Response.ContentType = "application/zip";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{export.FileName}\"";
        await context.Response.SendFileAsync(export.Path, context.RequestAborted);
    }
}
