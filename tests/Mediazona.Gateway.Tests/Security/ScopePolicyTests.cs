using Mediazona.Gateway.Security;

namespace Mediazona.Gateway.Tests.Security;

public sealed class ScopePolicyTests
{
    static readonly GrpcMethodScopes Grpc = new(SuiteDescriptors.Services);

    [Theory]
    [InlineData("GET", "/api/v1/stats/summary", Scopes.Read)]
    [InlineData("GET", "/api/v1/stats/cases:csv", Scopes.Read)]
    [InlineData("GET", "/api/v1/cases/abc", Scopes.Read)]
    [InlineData("GET", "/api/v1/cases/abc/revisions", Scopes.Read)]
    [InlineData("GET", "/api/v1/cases:lookup", Scopes.Read)]
    [InlineData("GET", "/api/v1/rules", Scopes.Read)]
    [InlineData("GET", "/api/v1/courts", Scopes.Read)]
    [InlineData("GET", "/api/v1/courts/health", Scopes.Read)]
    [InlineData("POST", "/api/v1/courts:crawl", Scopes.Admin)]
    [InlineData("POST", "/api/v1/courts:captcha", Scopes.Admin)]
    [InlineData("POST", "/api/v1/courts", Scopes.Admin)]
    [InlineData("GET", "/api/v1/courtsx", Scopes.Admin)]
    [InlineData("POST", "/api/v1/classify", Scopes.Read)]
    [InlineData("POST", "/api/v1/cases:submit", Scopes.Ingest)]
    [InlineData("POST", "/api/v1/cards:import", Scopes.Ingest)]
    [InlineData("POST", "/api/v1/cases/abc:annotate", Scopes.Ingest)]
    [InlineData("GET", "/api/v1/quarantine", Scopes.Admin)]
    [InlineData("POST", "/api/v1/admin/replay", Scopes.Admin)]
    [InlineData("GET", "/api/v1/admin/anything", Scopes.Admin)]
    // Closed by default: an unknown path or a write verb on a read path needs admin.
    [InlineData("POST", "/api/v1/stats/summary", Scopes.Admin)]
    [InlineData("GET", "/api/v1/cases:submit", Scopes.Admin)]
    [InlineData("DELETE", "/api/v1/cases/abc", Scopes.Admin)]
    [InlineData("GET", "/api/v1/statsx", Scopes.Admin)]
    [InlineData("GET", "/", Scopes.Admin)]
    public void Json_routes_need_their_scope(string method, string path, Scopes expected)
    {
        var access = ScopePolicy.For(method, path, Grpc);
        Assert.False(access.Open);
        Assert.Equal(expected, access.Scope);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/alive")]
    [InlineData("/openapi.json")]
    public void Health_and_the_api_reference_are_open(string path) =>
        Assert.True(ScopePolicy.For("GET", path, Grpc).Open);

    [Theory]
    [InlineData("/mediazona.ingestion.v1.IngestionService/SubmitCases", Scopes.Ingest)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/StreamCards", Scopes.Ingest)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/ImportCards", Scopes.Ingest)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/AnnotateCase", Scopes.Ingest)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/GetCase", Scopes.Read)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/ListRevisions", Scopes.Read)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/ListQuarantine", Scopes.Admin)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/Replay", Scopes.Admin)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/SomethingNew", Scopes.Admin)]
    [InlineData("/mediazona.classification.v1.ClassificationService/Classify", Scopes.Read)]
    [InlineData("/mediazona.classification.v1.ClassificationService/GetRules", Scopes.Read)]
    [InlineData("/mediazona.statistics.v1.StatisticsService/GetSummary", Scopes.Read)]
    [InlineData("/mediazona.statistics.v1.StatisticsService/WatchSummary", Scopes.Read)]
    [InlineData("/mediazona.statistics.v1.StatisticsService/SomethingNew", Scopes.Read)]
    [InlineData("/mediazona.courts.v1.CourtsService/ListCourts", Scopes.Read)]
    [InlineData("/mediazona.collection.v1.CollectionService/ListCourtHealth", Scopes.Read)]
    [InlineData("/mediazona.collection.v1.CollectionService/Crawl", Scopes.Admin)]
    [InlineData("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo", Scopes.Read)]
    [InlineData("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", Scopes.Read)]
    [InlineData("/grpc.health.v1.Health/Check", Scopes.Admin)]
    [InlineData("/some.Other/Method", Scopes.Admin)]
    public void Grpc_methods_need_their_scope(string path, Scopes expected)
    {
        var access = ScopePolicy.For("POST", path, Grpc);
        Assert.False(access.Open);
        Assert.Equal(expected, access.Scope);
    }

    [Fact]
    public void Every_contract_method_is_in_the_table_or_bound_to_a_json_route_with_the_same_scope()
    {
        foreach (var service in SuiteDescriptors.Services)
        {
            foreach (var method in service.Methods)
            {
                var path = $"/{service.FullName}/{method.Name}";
                Assert.True(Grpc.ByPath.ContainsKey(path), $"{path} has no scope of its own");
                if (GrpcMethodScopes.Binding(method) is { } binding)
                    Assert.Equal((path, ScopePolicy.ForJson(binding.Verb, binding.Path)), (path, Grpc.ByPath[path]));
            }
        }
    }

    [Theory]
    [InlineData("GET", "/api/v1/stats/summary", true)]
    [InlineData("HEAD", "/api/v1/stats/monthly", true)]
    [InlineData("GET", "/api/v1/stats/summary:watch", true)]
    [InlineData("GET", "/api/v1/stats/cases.csv", true)]
    [InlineData("GET", "/api/v1/courts", true)]
    [InlineData("GET", "/api/v1/courts/health", true)]
    [InlineData("GET", "/api/v1/courts:crawl", false)]
    [InlineData("POST", "/api/v1/courts", false)]
    [InlineData("POST", "/api/v1/stats/summary", false)]
    [InlineData("GET", "/api/v1/statsx", false)]
    [InlineData("GET", "/api/v1/cases/abc", false)]
    [InlineData("GET", "/api/v1/rules", false)]
    [InlineData("POST", "/mediazona.statistics.v1.StatisticsService/GetSummary", false)]
    public void With_anonymous_statistics_only_json_statistics_reads_need_no_credentials(string method, string path, bool anonymous)
    {
        var access = ScopePolicy.For(method, path, Grpc, anonymousStats: true);
        Assert.Equal(anonymous, access.AnonymousAllowed);
        Assert.False(access.Open);
        // A caller who does present credentials still needs what the route needs without the option.
        Assert.Equal(ScopePolicy.For(method, path, Grpc).Scope, access.Scope);
        Assert.False(ScopePolicy.For(method, path, Grpc).AnonymousAllowed);
    }

    [Theory]
    [InlineData(Scopes.Admin, Scopes.Read, true)]
    [InlineData(Scopes.Admin, Scopes.Ingest, true)]
    [InlineData(Scopes.Read, Scopes.Read, true)]
    [InlineData(Scopes.Read | Scopes.Ingest, Scopes.Ingest, true)]
    [InlineData(Scopes.Read, Scopes.Ingest, false)]
    [InlineData(Scopes.Ingest, Scopes.Read, false)]
    [InlineData(Scopes.Read | Scopes.Ingest, Scopes.Admin, false)]
    [InlineData(Scopes.None, Scopes.Read, false)]
    public void Admin_implies_every_scope_and_the_others_only_themselves(Scopes held, Scopes required, bool granted) =>
        Assert.Equal(granted, held.Grants(required));

    [Fact]
    public void Scope_lists_parse_with_any_separator_and_reject_unknown_words()
    {
        Assert.Equal(Scopes.Read | Scopes.Ingest, ScopeNames.Parse("read, Ingest", "test"));
        Assert.Equal(Scopes.Admin, ScopeNames.Parse("admin", "test"));
        var error = Assert.Throws<InvalidOperationException>(() => ScopeNames.Parse("read write", "Auth:Keys:x:Scopes"));
        Assert.Contains("write", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Jwt_scope_claims_ignore_other_apis_scopes()
    {
        Assert.Equal(Scopes.Read | Scopes.Ingest, ScopeNames.FromClaim(["openid read", "ingest profile"]));
        Assert.Equal(Scopes.None, ScopeNames.FromClaim(["openid email"]));
    }
}
