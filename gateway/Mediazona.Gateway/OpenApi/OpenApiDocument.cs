using System.Text.Json.Nodes;
using Google.Api;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Mediazona.Gateway.OpenApi;

/// <summary>
/// An OpenAPI 3.0 document for the transcoded JSON routes, generated from the contracts' descriptors: one
/// operation per google.api.http binding, path and query parameters from the request message, body and response
/// schemas in protobuf's JSON mapping (lowerCamelCase names, int64 as strings, enums as names).
/// </summary>
public static class OpenApiDocument
{
    public static JsonObject Build(IEnumerable<ServiceDescriptor> services)
    {
        var paths = new JsonObject();
        var schemas = new JsonObject { ["google.rpc.Status"] = StatusSchema() };
        foreach (var service in services)
        {
            foreach (var method in service.Methods)
            {
                foreach (var (verb, template, body) in Bindings(method))
                {
                    var path = paths[template] as JsonObject ?? new JsonObject();
                    paths[template] = path;
                    path[verb.ToLowerInvariant()] = Operation(service, method, template, body, schemas);
                }
            }
        }
        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "MediazonaSuite JSON API",
                ["version"] = "v1",
                ["description"] = "Transcoded from the gRPC contracts (protos/mediazona). Send an API key in x-api-key or Authorization: Bearer.",
            },
            ["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() }, new JsonObject { ["bearer"] = new JsonArray() }),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject
                {
                    ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-api-key" },
                    ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" },
                },
            },
        };
    }

    /// <summary>Every binding of a method: the main rule and its additional_bindings.</summary>
    public static IEnumerable<(string Verb, string Path, string Body)> Bindings(MethodDescriptor method)
    {
        if (method.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is not { } rule)
            yield break;
        foreach (var r in rule.AdditionalBindings.Prepend(rule))
        {
            var binding = r.PatternCase switch
            {
                HttpRule.PatternOneofCase.Get => ("GET", r.Get),
                HttpRule.PatternOneofCase.Post => ("POST", r.Post),
                HttpRule.PatternOneofCase.Put => ("PUT", r.Put),
                HttpRule.PatternOneofCase.Delete => ("DELETE", r.Delete),
                HttpRule.PatternOneofCase.Patch => ("PATCH", r.Patch),
                _ => ((string, string)?)null,
            };
            if (binding is { } b)
                yield return (b.Item1, b.Item2, r.Body);
        }
    }

    static JsonObject Operation(ServiceDescriptor service, MethodDescriptor method, string template, string body, JsonObject schemas)
    {
        var input = method.InputType;
        var pathFields = PathParameters(template).ToHashSet(StringComparer.Ordinal);
        var parameters = new JsonArray();
        foreach (var name in PathParameters(template))
        {
            var field = input.FindFieldByName(name);
            parameters.Add(new JsonObject
            {
                ["name"] = name,
                ["in"] = "path",
                ["required"] = true,
                ["schema"] = field is null ? new JsonObject { ["type"] = "string" } : FieldSchema(field, schemas),
            });
        }
        // Without body "*", every field that is neither in the path nor the body is a query parameter.
        if (body != "*")
        {
            foreach (var field in input.Fields.InDeclarationOrder())
            {
                if (pathFields.Contains(field.Name) || field.Name == body || field.FieldType == FieldType.Message)
                    continue;
                parameters.Add(new JsonObject
                {
                    ["name"] = field.JsonName,
                    ["in"] = "query",
                    ["required"] = false,
                    ["schema"] = FieldSchema(field, schemas),
                });
            }
        }
        var operation = new JsonObject
        {
            ["operationId"] = $"{service.Name}_{method.Name}",
            ["tags"] = new JsonArray(service.Name),
            ["summary"] = $"{service.FullName}/{method.Name}",
            ["parameters"] = parameters,
            ["responses"] = new JsonObject
            {
                ["200"] = Content(Ref(method.OutputType, schemas)),
                ["default"] = Content(new JsonObject { ["$ref"] = "#/components/schemas/google.rpc.Status" }),
            },
        };
        if (body == "*")
            operation["requestBody"] = RequestBody(Ref(input, schemas));
        else if (body.Length > 0 && input.FindFieldByName(body) is { } bodyField)
            operation["requestBody"] = RequestBody(FieldSchema(bodyField, schemas));
        return operation;
    }

    /// <summary>"{case_id}" and "{name=**}" segments of a template, by field name.</summary>
    public static IEnumerable<string> PathParameters(string template)
    {
        for (var start = template.IndexOf('{', StringComparison.Ordinal); start >= 0; start = template.IndexOf('{', start + 1))
        {
            var end = template.IndexOf('}', start);
            if (end < 0)
                yield break;
            yield return template[(start + 1)..end].Split('=')[0];
        }
    }

    static JsonObject RequestBody(JsonNode schema) => new()
    {
        ["required"] = true,
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } },
    };

    static JsonObject Content(JsonNode schema) => new()
    {
        ["description"] = "OK",
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } },
    };

    static JsonObject Ref(MessageDescriptor message, JsonObject schemas)
    {
        if (message.FullName == "google.protobuf.Timestamp")
            return new JsonObject { ["type"] = "string", ["format"] = "date-time" };
        if (!schemas.ContainsKey(message.FullName))
        {
            // Placeholder first: recursive messages refer to themselves.
            schemas[message.FullName] = new JsonObject();
            var properties = new JsonObject();
            foreach (var field in message.Fields.InDeclarationOrder())
                properties[field.JsonName] = FieldSchema(field, schemas);
            schemas[message.FullName] = new JsonObject { ["type"] = "object", ["properties"] = properties };
        }
        return new JsonObject { ["$ref"] = $"#/components/schemas/{message.FullName}" };
    }

    static JsonNode FieldSchema(FieldDescriptor field, JsonObject schemas)
    {
        if (field.IsMap)
        {
            var value = field.MessageType.FindFieldByName("value");
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = Single(value, schemas) };
        }
        return field.IsRepeated ? new JsonObject { ["type"] = "array", ["items"] = Single(field, schemas) } : Single(field, schemas);
    }

    static JsonNode Single(FieldDescriptor field, JsonObject schemas) => field.FieldType switch
    {
        FieldType.Message or FieldType.Group => Ref(field.MessageType, schemas),
        FieldType.Enum => new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray([.. field.EnumType.Values.Select(v => (JsonNode)v.Name)]),
        },
        FieldType.Bool => new JsonObject { ["type"] = "boolean" },
        FieldType.String => new JsonObject { ["type"] = "string" },
        FieldType.Bytes => new JsonObject { ["type"] = "string", ["format"] = "byte" },
        FieldType.Double => new JsonObject { ["type"] = "number", ["format"] = "double" },
        FieldType.Float => new JsonObject { ["type"] = "number", ["format"] = "float" },
        // protobuf's JSON mapping writes 64-bit integers as strings.
        FieldType.Int64 or FieldType.UInt64 or FieldType.SInt64 or FieldType.Fixed64 or FieldType.SFixed64
            => new JsonObject { ["type"] = "string", ["format"] = "int64" },
        _ => new JsonObject { ["type"] = "integer", ["format"] = "int32" },
    };

    static JsonObject StatusSchema() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["code"] = new JsonObject { ["type"] = "integer", ["format"] = "int32" },
            ["message"] = new JsonObject { ["type"] = "string" },
            ["details"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" } },
        },
    };
}
