using Mediazona.Collection;
using Mediazona.Collection.Courts;
using Mediazona.Collection.Crawling;
using Mediazona.Collection.Health;
using Mediazona.Collection.Monitoring;
using Mediazona.Collection.Publishing;
using Mediazona.Collection.Rpc;
using Mediazona.Collection.Storage;
using Mediazona.ServiceDefaults.Hosting;
using Mediazona.ServiceDefaults.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("collection");
builder.AddPostgres(typeof(Program).Assembly);
builder.Services.Configure<CollectionOptions>(builder.Configuration.GetSection("Collection"));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ICourtDirectory, ConfiguredCourtDirectory>();
builder.Services.AddSingleton<CrawlStore>();
builder.Services.AddSingleton<CollectionMetrics>();
builder.Services.AddCourtClient();
builder.Services.AddIngestionThroughGateway();
builder.Services.AddSingleton<CourtCrawler>();
builder.Services.AddSingleton<CrawlRunner>();
builder.Services.AddSingleton<CourtHealthReader>();
builder.Services.AddHostedService<CrawlScheduler>();

var app = builder.Build();
app.MapGrpcService<CollectionRpc>();
app.MapDefaultEndpoints();
app.Run();

/// <summary>The entry point, visible to tests that host the service in process.</summary>
public partial class Program;
