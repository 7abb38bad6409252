using Mediazona.ServiceDefaults.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("ingestion");

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
