using Google.Protobuf.WellKnownTypes;
using Mediazona.Collection.Crawling;
using Mediazona.Collection.Health;
using Proto = Mediazona.Contracts.Collection.V1;

namespace Mediazona.Collection.Rpc;

/// <summary>Domain values to and from the generated types: the one place they meet.</summary>
internal static class CollectionMapping
{
    const string StatusPrefix = "COURT_HEALTH_STATUS_";

    public static Proto.CourtHealthStatus ToProto(CourtHealthStatus status) => status switch
    {
        CourtHealthStatus.Ok => Proto.CourtHealthStatus.Ok,
        CourtHealthStatus.Stale => Proto.CourtHealthStatus.Stale,
        CourtHealthStatus.Captcha => Proto.CourtHealthStatus.Captcha,
        CourtHealthStatus.Blocked => Proto.CourtHealthStatus.Blocked,
        CourtHealthStatus.Down => Proto.CourtHealthStatus.Down,
        CourtHealthStatus.ModuleOff => Proto.CourtHealthStatus.ModuleOff,
        CourtHealthStatus.LayoutChanged => Proto.CourtHealthStatus.LayoutChanged,
        CourtHealthStatus.Disabled => Proto.CourtHealthStatus.Disabled,
        _ => Proto.CourtHealthStatus.Unknown,
    };

    /// <summary>The status as the API names it, without the enum's prefix (STALE, MODULE_OFF): the metrics' label.</summary>
    public static string StatusName(CourtHealthStatus status) =>
        Proto.CollectionServiceReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.EnumDescriptor>(nameof(Proto.CourtHealthStatus))
            .FindValueByNumber((int)ToProto(status)).Name[StatusPrefix.Length..];

    public static Proto.CourtHealth ToProto(CourtHealth health) => new()
    {
        CourtCode = health.Code,
        Status = ToProto(health.Status),
        Cause = health.Cause,
        Since = Time(health.Since),
        LastSuccessTime = Time(health.LastSuccessAt),
        LastNewCaseTime = Time(health.LastNewCaseAt),
        LastEntryDate = health.LastEntryDate is { } d ? new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day } : null,
        CasesSeen = health.CasesSeen,
        ExpectedCasesPerMonth = health.ExpectedPerDay * 30,
        SilentDays = health.SilentDays,
        SilenceProbability = health.SilenceProbability,
        NextRunTime = Time(health.NextRunAt),
    };

    public static Proto.CrawlResponse ToProto(CrawlStep step) => new()
    {
        CourtCode = step.Court,
        WindowFrom = Date(step.Window?.From),
        WindowTo = Date(step.Window?.To),
        Message = step.Message,
        Finished = step.Finished,
        Result = step.Run.Kind,
        Cause = step.Run.Cause,
        ListPages = step.Run.ListPages,
        CardsFetched = step.Run.CardsFetched,
        CardsAcknowledged = step.Run.CardsAcknowledged,
        NewCases = step.Run.NewCases,
        Revisions = step.Run.Revisions,
        Unchanged = step.Run.Unchanged,
        Rejected = step.Run.Rejected,
    };

    public static DateOnly? ToDate(Google.Type.Date? date) => date is { Year: > 0 } ? new DateOnly(date.Year, date.Month, date.Day) : null;

    static Google.Type.Date? Date(DateOnly? date) => date is { } d ? new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day } : null;

    static Timestamp? Time(DateTimeOffset? time) => time is { } t ? Timestamp.FromDateTimeOffset(t) : null;
}
