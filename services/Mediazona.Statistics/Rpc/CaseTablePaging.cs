using Mediazona.ServiceDefaults.Grpc;
using Mediazona.Statistics.Queries;

namespace Mediazona.Statistics.Rpc;

/// <summary>Validates page_size and page_token of ListCases. Pure.</summary>
public static class CaseTablePaging
{
    public const int DefaultSize = 100;
    public const int MaxSize = 1000;

    public static (int Size, PageToken? After) Parse(int pageSize, string pageToken, List<FieldViolation> violations)
    {
        if (pageSize is < 0 or > MaxSize)
            violations.Add(new FieldViolation("page_size", $"must be between 1 and {MaxSize} (0 means {DefaultSize})"));
        PageToken? after = null;
        if (!string.IsNullOrEmpty(pageToken) && (after = PageToken.Decode(pageToken)) is null)
            violations.Add(new FieldViolation("page_token", "is not a token from a previous page"));
        return (pageSize == 0 ? DefaultSize : Math.Clamp(pageSize, 1, MaxSize), after);
    }
}
