using Mediazona.Courts.Registry;
using Mediazona.Ingestion.Publishing;
using Mediazona.Ingestion.Replay;
using Mediazona.Ingestion.Rpc;
using Mediazona.Ingestion.Storage;
using Mediazona.ServiceDefaults.Hosting;
using Mediazona.ServiceDefaults.Messaging;
using Mediazona.ServiceDefaults.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("ingestion");
builder.AddPostgres(typeof(Program).Assembly);
builder.AddMediazonaBus("ingestion", bus => bus.AddConsumer<RulesActivatedConsumer>());
builder.Services.AddHostedService<OutboxRelay>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<CaseStore>();
builder.Services.AddSingleton<ReplayStore>();
builder.Services.AddSingleton(CourtRegistry.Current);

var app = builder.Build();
app.MapGrpcService<IngestionRpc>();
app.MapGrpcService<CourtsRpc>();
app.MapDefaultEndpoints();
app.Run();
