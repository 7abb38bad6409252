using Mediazona.ServiceDefaults.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("classification");

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
