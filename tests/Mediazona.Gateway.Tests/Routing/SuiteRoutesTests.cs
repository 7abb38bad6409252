using System.Net;
using Mediazona.Gateway.Routing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Configuration;

namespace Mediazona.Gateway.Tests.Routing;

public class SuiteRoutesTests
{
    static readonly SuiteServices Services = new(
        new Uri("http://127.0.0.1:5101"), new Uri("http://127.0.0.1:5102"), new Uri("http://127.0.0.1:5103"), new Uri("http://127.0.0.1:5104"));

    [Theory]
    [InlineData("/mediazona.ingestion.v1.IngestionService/{**rest}", "ingestion")]
    [InlineData("/mediazona.classification.v1.ClassificationService/{**rest}", "classification")]
    [InlineData("/mediazona.statistics.v1.StatisticsService/{**rest}", "statistics")]
    [InlineData("/mediazona.courts.v1.CourtsService/{**rest}", "ingestion")]
    [InlineData("/api/v1/courts", "ingestion")]
    [InlineData("/mediazona.collection.v1.CollectionService/{**rest}", "collection")]
    [InlineData("/api/v1/courts/health", "collection")]
    [InlineData("/api/v1/courts:crawl", "collection")]
    [InlineData("/api/v1/courts:captcha", "collection")]
    [InlineData("/api/v1/cases/{**rest}", "ingestion")]
    [InlineData("/api/v1/cases:submit", "ingestion")]
    [InlineData("/api/v1/cases:lookup", "ingestion")]
    [InlineData("/api/v1/cards:import", "ingestion")]
    [InlineData("/api/v1/classify", "classification")]
    [InlineData("/api/v1/rules", "classification")]
    [InlineData("/api/v1/stats/{**rest}", "statistics")]
    public void Every_route_goes_to_its_service(string path, string cluster)
    {
        var route = Assert.Single(SuiteRoutes.Routes(), r => r.Match.Path == path);
        Assert.Equal(cluster, route.ClusterId);
    }

    [Fact]
    public void Route_ids_are_unique_and_every_route_names_an_existing_cluster()
    {
        var routes = SuiteRoutes.Routes();
        var clusters = SuiteRoutes.Clusters(Services).Select(c => c.ClusterId).ToHashSet();
        Assert.Equal(routes.Count, routes.Select(r => r.RouteId).Distinct().Count());
        Assert.All(routes, r => Assert.Contains(r.ClusterId!, clusters));
    }

    [Fact]
    public void Every_cluster_speaks_exact_http2_to_its_configured_address_with_a_long_activity_timeout()
    {
        var clusters = SuiteRoutes.Clusters(Services);
        Assert.Equal(["classification", "collection", "ingestion", "statistics"], clusters.Select(c => c.ClusterId).Order());
        Assert.All(clusters, cluster =>
        {
            Assert.Equal(HttpVersion.Version20, cluster.HttpRequest!.Version);
            Assert.Equal(HttpVersionPolicy.RequestVersionExact, cluster.HttpRequest.VersionPolicy);
            Assert.True(cluster.HttpRequest.ActivityTimeout >= TimeSpan.FromMinutes(30));
            var destination = Assert.Single(cluster.Destinations!).Value;
            Assert.Equal(Services.ByName[cluster.ClusterId], new Uri(destination.Address));
        });
    }

    [Fact]
    public async Task Yarp_accepts_every_route_and_cluster()
    {
        await using var provider = new ServiceCollection().AddLogging().AddReverseProxy().Services.BuildServiceProvider();
        var validator = provider.GetRequiredService<IConfigValidator>();
        foreach (var route in SuiteRoutes.Routes())
            Assert.Empty(await validator.ValidateRouteAsync(route));
        foreach (var cluster in SuiteRoutes.Clusters(Services))
            Assert.Empty(await validator.ValidateClusterAsync(cluster));
    }

    [Theory]
    [InlineData("/api/v1/cases:submit", "ingestion")]
    [InlineData("/api/v1/cases:lookup", "ingestion")]
    [InlineData("/api/v1/cases/46GV0001-1-12-2023", "ingestion")]
    [InlineData("/api/v1/cases/46GV0001-1-12-2023/revisions", "ingestion")]
    [InlineData("/api/v1/cards:import", "ingestion")]
    [InlineData("/api/v1/classify", "classification")]
    [InlineData("/api/v1/rules", "classification")]
    [InlineData("/api/v1/stats/summary", "statistics")]
    [InlineData("/mediazona.ingestion.v1.IngestionService/SubmitCases", "ingestion")]
    [InlineData("/mediazona.classification.v1.ClassificationService/Classify", "classification")]
    [InlineData("/mediazona.statistics.v1.StatisticsService/GetSummary", "statistics")]
    [InlineData("/api/v1/courts", "ingestion")]
    [InlineData("/mediazona.courts.v1.CourtsService/ListCourts", "ingestion")]
    [InlineData("/api/v1/courts/health", "collection")]
    [InlineData("/api/v1/courts:crawl", "collection")]
    [InlineData("/mediazona.collection.v1.CollectionService/Crawl", "collection")]
    public void A_request_path_matches_exactly_one_route(string requestPath, string cluster)
    {
        Assert.Equal([cluster], MatchingClusters(requestPath));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/cases:delete")]
    [InlineData("/api/v1/casesubmit")]
    [InlineData("/api/v2/stats/summary")]
    [InlineData("/mediazona.unknown.v1.Service/Method")]
    [InlineData("/api/v1/courts/other")]
    public void Unknown_paths_match_no_route(string requestPath)
    {
        Assert.Empty(MatchingClusters(requestPath));
    }

    static List<string> MatchingClusters(string requestPath) =>
        [.. SuiteRoutes.Routes()
            .Where(r => new TemplateMatcher(TemplateParser.Parse(r.Match.Path!), new RouteValueDictionary())
                .TryMatch(requestPath, new RouteValueDictionary()))
            .Select(r => r.ClusterId!)];
}
