using Mediazona.Collection;
using Mediazona.Collection.Crawling;
using Mediazona.Collection.Rpc;
using Mediazona.ServiceDefaults.Hosting;
using Mediazona.ServiceDefaults.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("collection");
builder.AddPostgres(typeof(Program).Assembly);
builder.Services.AddCollection(builder.Configuration.GetSection("Collection"));
builder.Services.AddHostedService<CrawlScheduler>();

var app = builder.Build();
app.MapGrpcService<CollectionRpc>();
app.MapDefaultEndpoints();
app.Run();

/// <summary>The entry point, visible to tests that host the service in process.</summary>
public partial class Program;
