using MassTransit;
using Mediazona.Classification.Consuming;
using Mediazona.Classification.Publishing;
using Mediazona.Classification.Rpc;
using Mediazona.Classification.Rules;
using Mediazona.ServiceDefaults.Hosting;
using Mediazona.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("classification");
builder.Services.AddSingleton(RuleBook.LoadEmbedded());
builder.Services.AddSingleton(sp => sp.GetRequiredService<RuleBook>().ActiveAt(TimeProvider.System.GetUtcNow()));
builder.AddMediazonaBus("classification", bus => bus.AddConsumer<CasesRecordedConsumer, CasesRecordedConsumerDefinition>());
builder.Services.AddHostedService<RulesAnnouncer>();

var app = builder.Build();
app.MapGrpcService<ClassificationRpc>();
app.MapDefaultEndpoints();
app.Run();
