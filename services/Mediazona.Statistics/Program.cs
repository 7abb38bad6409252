using Mediazona.ServiceDefaults.Caching;
using Mediazona.ServiceDefaults.Hosting;
using Mediazona.ServiceDefaults.Messaging;
using Mediazona.ServiceDefaults.Storage;
using Mediazona.Statistics.Caching;
using Mediazona.Statistics.Consuming;
using Mediazona.Statistics.DataVersion;
using Mediazona.Statistics.Monitoring;
using Mediazona.Statistics.Projection;
using Mediazona.Statistics.Queries;
using Mediazona.Statistics.Rpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("statistics");
builder.AddPostgres(typeof(Program).Assembly);
builder.AddRedis();
builder.AddMediazonaBus("statistics", bus => bus.AddConsumer<CasesClassifiedConsumer>());

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ProjectionWriter>();
builder.Services.AddSingleton<StatisticsQueries>();
builder.Services.AddSingleton(services => new DataVersionSource(services.GetRequiredService<StatisticsQueries>().Version));
builder.Services.AddHostedService<DataVersionListener>();
builder.Services.Configure<CacheOptions>(builder.Configuration.GetSection("Cache"));
builder.Services.Configure<WatchOptions>(builder.Configuration.GetSection("Watch"));
builder.Services.AddSingleton<VersionedCache>();
builder.Services.AddSingleton(services => new HotAnswers(services.GetRequiredService<VersionedCache>()));
builder.Services.AddSingleton<CachedSummary>();
builder.Services.Configure<HeadlineOptions>(builder.Configuration.GetSection("Headline"));
builder.Services.AddSingleton<HeadlineGauges>();
builder.Services.AddHostedService<HeadlineRefresher>();

var app = builder.Build();
app.UseCsvFormatRewrite();
app.UseRouting();
app.MapGrpcService<StatisticsRpc>();
app.MapCaseTableCsv();
app.MapDefaultEndpoints();
app.Run();
