using Mediazona.Collection;
using Mediazona.Collection.Crawling;
using Mediazona.Collection.Monitoring;
using Mediazona.Collection.Rpc;
using Mediazona.ServiceDefaults.Hosting;
using Mediazona.ServiceDefaults.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("collection");
builder.AddPostgres(typeof(Program).Assembly);
// Like every host, the collector finds the hosts it calls under Services (deploy/Mediazona.Hosts/hosts.json).
if (builder.Configuration["Services:Gateway"] is { Length: > 0 } gateway)
    builder.Configuration["Collection:Gateway"] = gateway;
builder.Services.AddCollection(builder.Configuration.GetSection("Collection"));
builder.Services.AddHostedService<CrawlScheduler>();
builder.Services.AddHostedService<HealthMetricsRefresher>();

var app = builder.Build();
app.MapGrpcService<CollectionRpc>();
app.MapDefaultEndpoints();
app.Run();

/// <summary>The entry point, visible to tests that host the service in process.</summary>
public partial class Program;
