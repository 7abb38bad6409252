using MassTransit;
using Mediazona.Classification.Consuming;
using Mediazona.Classification.Rpc;
using Mediazona.Classification.Rules;
using Mediazona.ServiceDefaults.Hosting;
using Mediazona.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("classification");
builder.Services.AddSingleton(RuleFile.LoadEmbedded());
builder.AddMediazonaBus("classification", bus => bus.AddConsumer<CasesRecordedConsumer, CasesRecordedConsumerDefinition>());

var app = builder.Build();
app.MapGrpcService<ClassificationRpc>();
app.MapDefaultEndpoints();
app.Run();
