using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Google.Api;

namespace Mediazona.Gateway.Security;

/// <summary>
/// Scope per gRPC method, by full path (/package.Service/Method). A method with a google.api.http binding needs
/// what its JSON route needs, so both protocols agree; methods without one (streams, replay) are in the table;
/// an unknown method of a known service needs the service's default; anything else needs admin.
/// </summary>
public sealed class GrpcMethodScopes
{
    const string Ingestion = "mediazona.ingestion.v1.IngestionService";
    const string Classification = "mediazona.classification.v1.ClassificationService";
    const string Statistics = "mediazona.statistics.v1.StatisticsService";
    const string Courts = "mediazona.courts.v1.CourtsService";
    const string Collection = "mediazona.collection.v1.CollectionService";

    /// <summary>Methods with no JSON binding, or whose binding would say less than they do.</summary>
    public static readonly IReadOnlyDictionary<string, Scopes> Explicit = new Dictionary<string, Scopes>(StringComparer.Ordinal)
    {
        [$"/{Ingestion}/SubmitCases"] = Scopes.Ingest,
        [$"/{Ingestion}/StreamCards"] = Scopes.Ingest,
        [$"/{Ingestion}/ImportCards"] = Scopes.Ingest,
        [$"/{Ingestion}/AnnotateCase"] = Scopes.Ingest,
        [$"/{Ingestion}/GetCase"] = Scopes.Read,
        [$"/{Ingestion}/ListRevisions"] = Scopes.Read,
        [$"/{Ingestion}/ListQuarantine"] = Scopes.Admin,
        [$"/{Ingestion}/Replay"] = Scopes.Admin,
        [$"/{Classification}/Classify"] = Scopes.Read,
        [$"/{Classification}/GetRules"] = Scopes.Read,
        [$"/{Statistics}/GetSummary"] = Scopes.Read,
        [$"/{Statistics}/WatchSummary"] = Scopes.Read,
        // A data release (a zip in chunks); browsers get it from GET /api/v1/stats/release.zip, a read as well.
        [$"/{Statistics}/ExportRelease"] = Scopes.Read,
        [$"/{Courts}/ListCourts"] = Scopes.Read,
        [$"/{Collection}/ListCourtHealth"] = Scopes.Read,
        // A crawl makes the suite fetch from the courts' own sites: the operator's call.
        [$"/{Collection}/Crawl"] = Scopes.Admin,
        // Fetching a captcha is a request to a court's site too.
        [$"/{Collection}/GetCaptcha"] = Scopes.Admin,
        // Listing and describing services tells no data; tools still need a key.
        ["/grpc.reflection.v1.ServerReflection/ServerReflectionInfo"] = Scopes.Read,
        ["/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo"] = Scopes.Read,
    };

    /// <summary>Unknown methods of a known service: statistics only reads, ingestion writes, so admin.</summary>
    public static readonly IReadOnlyDictionary<string, Scopes> ServiceDefaults = new Dictionary<string, Scopes>(StringComparer.Ordinal)
    {
        [Ingestion] = Scopes.Admin,
        [Classification] = Scopes.Read,
        [Statistics] = Scopes.Read,
        [Courts] = Scopes.Read,
        [Collection] = Scopes.Admin,
    };

    readonly Dictionary<string, Scopes> _byPath;

    public GrpcMethodScopes(IEnumerable<ServiceDescriptor> services)
    {
        _byPath = new Dictionary<string, Scopes>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            foreach (var method in service.Methods)
            {
                if (Binding(method) is { } binding)
                    _byPath[$"/{service.FullName}/{method.Name}"] = ScopePolicy.ForJson(binding.Verb, binding.Path);
            }
        }
        foreach (var (path, scope) in Explicit)
            _byPath[path] = scope;
    }

    public IReadOnlyDictionary<string, Scopes> ByPath => _byPath;

    /// <summary>True when the path has the gRPC shape /package.Service/Method; scope is what it needs.</summary>
    public bool TryFind(string path, out Scopes scope)
    {
        scope = Scopes.Admin;
        var slash = path.LastIndexOf('/');
        if (slash <= 1 || path.IndexOf('/', 1) != slash || !path.AsSpan(1, slash - 1).Contains('.'))
            return false;
        if (_byPath.TryGetValue(path, out var known))
            scope = known;
        else if (ServiceDefaults.TryGetValue(path[1..slash], out var fallback))
            scope = fallback;
        return true;
    }

    /// <summary>The first google.api.http binding of a method: its verb and path template.</summary>
    public static (string Verb, string Path)? Binding(MethodDescriptor method)
    {
        var rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
        return rule?.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => ("GET", rule.Get),
            HttpRule.PatternOneofCase.Post => ("POST", rule.Post),
            HttpRule.PatternOneofCase.Put => ("PUT", rule.Put),
            HttpRule.PatternOneofCase.Delete => ("DELETE", rule.Delete),
            HttpRule.PatternOneofCase.Patch => ("PATCH", rule.Patch),
            _ => null,
        };
    }
}
