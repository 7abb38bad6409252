using System.Globalization;
using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Statistics;

/// <summary>The filters every statistics request takes (fields 1–8 and 20 of each request message); null/empty = not given.</summary>
internal sealed record StatsFilter(
    DateOnly? AsOf,
    IReadOnlyList<string> Courts,
    string? Article,
    string? Part,
    Category Category,
    DateOnly? EntryFrom,
    DateOnly? EntryTo,
    bool AllCases,
    OffenceStage Stage = OffenceStage.Unspecified)
{
    public GetSummaryRequest ToSummaryRequest() => new()
    {
        AsOf = Iso(AsOf),
        CourtCodes = { Courts },
        Article = Article ?? "",
        Part = Part ?? "",
        Category = Category,
        EntryFrom = Iso(EntryFrom),
        EntryTo = Iso(EntryTo),
        AllCases = AllCases,
        Stage = Stage,
    };

    /// <summary>
    /// Any statistics request: the proto gives every one these filters under GetSummaryRequest's field numbers, so its
    /// encoding reads as each of them (the unit tests hold every request type to that).
    /// </summary>
    public T To<T>() where T : IMessage<T>, new() => new MessageParser<T>(() => new T()).ParseFrom(ToSummaryRequest().ToByteString());

    static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
