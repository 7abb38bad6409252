using Grpc.Reflection;
using Mediazona.Gateway.OpenApi;
using Mediazona.Gateway.Security;

namespace Mediazona.Gateway.Reflection;

/// <summary>
/// gRPC server reflection (v1 and v1alpha) answered by the gateway itself from the contracts' descriptors, so that
/// grpcurl list/describe work against the gateway; the calls themselves are then proxied to the services.
/// Also the OpenAPI document for the JSON routes, built once from the same descriptors.
/// </summary>
public static class GatewayReflection
{
    public static WebApplicationBuilder AddSuiteReflection(this WebApplicationBuilder builder)
    {
        builder.Services.AddGrpc();
        // Registered before AddGrpcReflection, whose own (TryAdd) instances would list only the gateway's services.
        builder.Services.AddSingleton(new ReflectionServiceImpl(SuiteDescriptors.Services));
        builder.Services.AddSingleton(new ReflectionV1ServiceImpl(SuiteDescriptors.Services));
        builder.Services.AddGrpcReflection();
        return builder;
    }

    public static WebApplication MapSuiteReflection(this WebApplication app)
    {
        app.MapGrpcReflectionService();
        var document = OpenApiDocument.Build(SuiteDescriptors.Services).ToJsonString();
        app.MapGet("/openapi.json", () => Results.Text(document, "application/json"));
        return app;
    }
}
