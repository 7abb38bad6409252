using Google.Api;
using Google.Protobuf.Reflection;
using Mediazona.Contracts.Collection.V1;
using Mediazona.Contracts.Courts.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Client;

/// <summary>
/// Every public RPC with its <see cref="CallKind"/>, read from the contracts themselves: a method whose
/// google.api.http rule is a GET has no side effects (the rule says so to every JSON client too); anything
/// else, including a method without a rule, is a write. Streaming comes from the method's descriptor.
/// </summary>
public static class CallCatalog
{
    /// <summary>The public services the package has clients for.</summary>
    public static IReadOnlyList<ServiceDescriptor> Services { get; } =
    [
        IngestionServiceReflection.Descriptor.FindTypeByName<ServiceDescriptor>("IngestionService"),
        StatisticsServiceReflection.Descriptor.FindTypeByName<ServiceDescriptor>("StatisticsService"),
        CourtsServiceReflection.Descriptor.FindTypeByName<ServiceDescriptor>("CourtsService"),
        CollectionServiceReflection.Descriptor.FindTypeByName<ServiceDescriptor>("CollectionService"),
    ];

    static readonly Dictionary<string, CallKind> Kinds = Services
        .SelectMany(s => s.Methods)
        .ToDictionary(m => "/" + m.Service.FullName + "/" + m.Name, KindOf, StringComparer.Ordinal);

    /// <summary>The kind of a method given by its gRPC path (<c>/package.Service/Method</c>); a method the package does not know is a write.</summary>
    public static CallKind KindOf(string fullMethodName) =>
        Kinds.TryGetValue(fullMethodName, out var kind) ? kind : CallKind.Write;

    /// <summary>The kind of a method from its descriptor: GET rule → read; streaming on either side → streaming.</summary>
    public static CallKind KindOf(MethodDescriptor method)
    {
        var rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
        var reads = rule?.PatternCase == HttpRule.PatternOneofCase.Get;
        var streams = method.IsClientStreaming || method.IsServerStreaming;
        return (reads, streams) switch
        {
            (true, false) => CallKind.Query,
            (true, true) => CallKind.StreamingQuery,
            (false, false) => CallKind.Write,
            (false, true) => CallKind.StreamingWrite,
        };
    }

    /// <summary>The methods of the given kinds, by service full name and method name.</summary>
    public static IEnumerable<MethodDescriptor> MethodsOf(params CallKind[] kinds) =>
        Services.SelectMany(s => s.Methods).Where(m => kinds.Contains(KindOf(m)));

    /// <summary>Whether the client may retry a call of this kind on UNAVAILABLE.</summary>
    public static bool IsIdempotent(CallKind kind) => kind is CallKind.Query or CallKind.StreamingQuery;
}
