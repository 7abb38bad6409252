using Mediazona.Client;

namespace Mediazona.Client.Tests.Calls;

public sealed class CallCatalogTests
{
    [Theory]
    [InlineData("/mediazona.statistics.v1.StatisticsService/GetSummary", CallKind.Query)]
    [InlineData("/mediazona.statistics.v1.StatisticsService/ListCases", CallKind.Query)]
    [InlineData("/mediazona.statistics.v1.StatisticsService/WatchSummary", CallKind.StreamingQuery)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/GetCase", CallKind.Query)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/ListRevisions", CallKind.Query)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/SubmitCases", CallKind.Write)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/ImportCards", CallKind.Write)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/AnnotateCase", CallKind.Write)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/Replay", CallKind.Write)]
    [InlineData("/mediazona.ingestion.v1.IngestionService/StreamCards", CallKind.StreamingWrite)]
    [InlineData("/mediazona.courts.v1.CourtsService/ListCourts", CallKind.Query)]
    [InlineData("/mediazona.collection.v1.CollectionService/ListCourtHealth", CallKind.Query)]
    [InlineData("/mediazona.collection.v1.CollectionService/Crawl", CallKind.StreamingWrite)]
    public void A_method_s_kind_comes_from_its_http_rule_and_streaming(string method, CallKind expected) =>
        Assert.Equal(expected, CallCatalog.KindOf(method));

    [Fact]
    public void A_method_the_package_does_not_know_is_a_write_and_so_never_retried()
    {
        var kind = CallCatalog.KindOf("/mediazona.statistics.v1.StatisticsService/SomethingNew");
        Assert.Equal(CallKind.Write, kind);
        Assert.False(CallCatalog.IsIdempotent(kind));
    }

    [Fact]
    public void The_package_covers_the_four_public_services_and_not_the_internal_ones()
    {
        var services = CallCatalog.Services.Select(s => s.FullName).Order().ToArray();
        Assert.Equal(["mediazona.collection.v1.CollectionService", "mediazona.courts.v1.CourtsService",
            "mediazona.ingestion.v1.IngestionService", "mediazona.statistics.v1.StatisticsService"], services);
        Assert.Null(typeof(CallCatalog).Assembly.GetType("Mediazona.Contracts.Classification.V1.ClassificationService"));
        Assert.Null(typeof(CallCatalog).Assembly.GetType("Mediazona.Contracts.Events.V1.CasesRecorded"));
    }

    [Fact]
    public void The_package_s_major_version_is_the_contracts_version()
    {
        var major = typeof(CallCatalog).Assembly.GetName().Version!.Major;
        Assert.All(CallCatalog.Services, s => Assert.EndsWith($".v{major}", s.File.Package, StringComparison.Ordinal));
    }
}
