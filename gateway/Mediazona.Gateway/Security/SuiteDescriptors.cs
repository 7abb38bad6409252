using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Mediazona.Contracts.Classification.V1;
using Mediazona.Contracts.Collection.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Gateway.Security;

/// <summary>The suite's gRPC services as compiled from protos/ by Mediazona.Contracts.</summary>
public static class SuiteDescriptors
{
    public static IReadOnlyList<ServiceDescriptor> Services { get; } =
    [
        IngestionService.Descriptor,
        ClassificationService.Descriptor,
        StatisticsService.Descriptor,
        CollectionService.Descriptor,
    ];
}
