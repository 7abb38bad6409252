using System.Text;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.ServiceDefaults.Grpc;
using Mediazona.Statistics.Queries;
using Google.Protobuf.Reflection;
using Microsoft.Extensions.Primitives;

namespace Mediazona.Statistics.Rpc;

/// <summary>
/// GET /api/v1/stats/cases.csv (and /api/v1/stats/cases?format=csv): the whole filtered case table as CSV, streamed
/// page by page (bounded memory whatever its size). JSON transcoding cannot answer CSV from a message RPC, hence
/// a plain endpoint; it takes the same query parameters as ListCases and is not cached.
/// </summary>
public static class CaseTableCsvEndpoint
{
    public const string Path = "/api/v1/stats/cases.csv";
    const int PageSize = 1000;

    public static WebApplication UseCsvFormatRewrite(this WebApplication app)
    {
        // Before routing: the transcoded ListCases owns /api/v1/stats/cases; format=csv means this endpoint.
        app.Use((context, next) =>
        {
            if (context.Request.Path.Equals("/api/v1/stats/cases", StringComparison.OrdinalIgnoreCase) &&
                string.Equals(context.Request.Query["format"], "csv", StringComparison.OrdinalIgnoreCase))
                context.Request.Path = Path;
            return next(context);
        });
        return app;
    }

    public static WebApplication MapCaseTableCsv(this WebApplication app)
    {
        app.MapGet(Path, WriteAsync);
        return app;
    }

    static async Task WriteAsync(HttpContext context, StatisticsQueries queries, TimeProvider time)
    {
        var query = context.Request.Query;
        var violations = new List<FieldViolation>();
        var request = new GetSummaryRequest
        {
            AsOf = query["asOf"].ToString(),
            Article = query["article"].ToString(),
            Part = query["part"].ToString(),
            EntryFrom = query["entryFrom"].ToString(),
            EntryTo = query["entryTo"].ToString(),
            CourtCodes = { query["courtCodes"].Where(c => c is not null).Select(c => c!) },
            Category = ParseEnum<Category>(query["category"], "category", "CATEGORY_AWOL", violations),
            Stage = ParseEnum<OffenceStage>(query["stage"], "stage", "OFFENCE_STAGE_ATTEMPT", violations),
            AllCases = ParseBool(query["allCases"], violations),
        };
        var parsed = SummaryRequestParser.Parse(request, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        violations.AddRange(parsed.Violations);
        if (violations.Count > 0 || parsed.Filter is not { } filter)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new
            {
                code = 3,
                message = "invalid cases request",
                fieldViolations = violations.Select(v => new { field = v.Field, description = v.Description }),
            }, context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"cases-{filter.AsOf:yyyy-MM-dd}.csv\"";
        var text = new StringBuilder(CaseTableCsv.Header);
        PageToken? after = null;
        do
        {
            var (rows, next) = await queries.CaseTable.PageAsync(filter, after, PageSize, context.RequestAborted);
            foreach (var row in rows)
                text.Append(CaseTableCsv.Line(row));
            await context.Response.WriteAsync(text.ToString(), Encoding.UTF8, context.RequestAborted);
            text.Clear();
            after = next;
        } while (after is not null);
    }

    /// <summary>As transcoding reads enums: the proto name (CATEGORY_AWOL) or the number.</summary>
    static T ParseEnum<T>(StringValues values, string field, string example, List<FieldViolation> violations) where T : struct, Enum
    {
        var text = values.ToString();
        if (string.IsNullOrEmpty(text))
            return default;
        if (int.TryParse(text, out var number))
            return (T)Enum.ToObject(typeof(T), number);
        if (ClassificationReflection.Descriptor.FindTypeByName<EnumDescriptor>(typeof(T).Name)?.FindValueByName(text) is not { } value)
        {
            violations.Add(new FieldViolation(field, $"'{text}' is not a {field} such as {example}"));
            return default;
        }
        return (T)Enum.ToObject(typeof(T), value.Number);
    }

    static bool ParseBool(StringValues values, List<FieldViolation> violations)
    {
        var text = values.ToString();
        if (string.IsNullOrEmpty(text))
            return false;
        if (bool.TryParse(text, out var value))
            return value;
        violations.Add(new FieldViolation("all_cases", $"'{text}' is not true or false"));
        return false;
    }
}
