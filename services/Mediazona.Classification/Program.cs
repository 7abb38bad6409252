using MassTransit;
using Mediazona.Classification.Consuming;
using Mediazona.Classification.Publishing;
using Mediazona.Classification.Rpc;
using Mediazona.Classification.Rules;
using Mediazona.ServiceDefaults.Hosting;
using Mediazona.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("classification");
// Optional Rules:Directory adds rules.vN.json tables to the embedded ones; a broken one stops start-up here.
builder.Services.AddSingleton(RuleBook.Load(RulesDirectory(builder)));
builder.Services.AddSingleton(sp => sp.GetRequiredService<RuleBook>().ActiveAt(TimeProvider.System.GetUtcNow()));
builder.AddMediazonaBus("classification", bus => bus.AddConsumer<CasesRecordedConsumer, CasesRecordedConsumerDefinition>());
builder.Services.AddHostedService<RulesAnnouncer>();

var app = builder.Build();
app.MapGrpcService<ClassificationRpc>();
app.MapDefaultEndpoints();
app.Run();

// A relative folder is read from the content root, as appsettings.json is.
static string? RulesDirectory(WebApplicationBuilder builder) =>
    builder.Configuration["Rules:Directory"] is { Length: > 0 } directory
        ? Path.GetFullPath(directory, builder.Environment.ContentRootPath)
        : null;
