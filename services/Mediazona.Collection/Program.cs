using Mediazona.ServiceDefaults.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("collection");

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
