using System.Text.Json.Nodes;
using Mediazona.Gateway.OpenApi;
using Mediazona.Gateway.Security;

namespace Mediazona.Gateway.Tests.OpenApi;

public sealed class OpenApiDocumentTests
{
    static readonly JsonObject Document = OpenApiDocument.Build(SuiteDescriptors.Services);

    [Fact]
    public void Every_transcoded_binding_of_every_contract_method_is_an_operation_with_its_path_parameters()
    {
        var paths = Document["paths"]!.AsObject();
        var count = 0;
        foreach (var service in SuiteDescriptors.Services)
        {
            foreach (var method in service.Methods)
            {
                foreach (var (verb, path, _) in OpenApiDocument.Bindings(method))
                {
                    count++;
                    var operation = paths[path]?[verb.ToLowerInvariant()];
                    Assert.True(operation is not null, $"{verb} {path} missing");
                    Assert.Equal($"{service.Name}_{method.Name}", operation!["operationId"]!.GetValue<string>());
                    var inPath = operation["parameters"]!.AsArray().Where(p => p!["in"]!.GetValue<string>() == "path").Select(p => p!["name"]!.GetValue<string>());
                    Assert.Equal(OpenApiDocument.PathParameters(path), inPath);
                }
            }
        }
        Assert.Equal(count, paths.Sum(p => p.Value!.AsObject().Count));
    }

    [Fact]
    public void Known_routes_have_their_verb_query_parameters_and_bodies()
    {
        var paths = Document["paths"]!;
        var summary = paths["/api/v1/stats/summary"]!["get"]!;
        var query = summary["parameters"]!.AsArray().Select(p => (p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>())).ToList();
        Assert.Contains(("asOf", "query"), query);
        Assert.Contains(("courtCodes", "query"), query);
        Assert.Equal("array", summary["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "courtCodes")!["schema"]!["type"]!.GetValue<string>());
        Assert.Null(summary["requestBody"]);

        var submit = paths["/api/v1/cases:submit"]!["post"]!;
        Assert.Equal("#/components/schemas/mediazona.ingestion.v1.SubmitCasesRequest",
            submit["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.Empty(submit["parameters"]!.AsArray());

        var byId = paths["/api/v1/cases/{case_id}"]!["get"]!;
        Assert.Equal("IngestionService_GetCase", byId["operationId"]!.GetValue<string>());
        Assert.Equal("IngestionService_GetCase", paths["/api/v1/cases:lookup"]!["get"]!["operationId"]!.GetValue<string>());

        var courts = paths["/api/v1/courts"]!["get"]!;
        Assert.Equal("CourtsService_ListCourts", courts["operationId"]!.GetValue<string>());
        var courtQuery = courts["parameters"]!.AsArray().Select(p => (p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>())).ToList();
        Assert.Equal([("district", "query"), ("level", "query")], courtQuery);
    }

    [Fact]
    public void Schemas_follow_protobuf_json_names_and_types()
    {
        var schemas = Document["components"]!["schemas"]!;
        var response = schemas["mediazona.statistics.v1.GetSummaryResponse"]!["properties"]!;
        Assert.Equal("string", response["asOf"]!["type"]!.GetValue<string>());
        // int64 travels as a JSON string.
        Assert.Equal(("string", "int64"), (response["cases"]!["type"]!.GetValue<string>(), response["cases"]!["format"]!.GetValue<string>()));
        Assert.Equal("number", response["suspendedShare"]!["type"]!.GetValue<string>());
        Assert.Equal("array", response["byCategory"]!["type"]!.GetValue<string>());
        // Every $ref points at a schema that exists.
        foreach (var reference in Refs(Document))
            Assert.NotNull(schemas[reference["#/components/schemas/".Length..]]);
    }

    static IEnumerable<string> Refs(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" ? [p.Value!.GetValue<string>()] : Refs(p.Value)),
        JsonArray a => a.SelectMany(Refs),
        _ => [],
    };
}
