using Mediazona.ServiceDefaults.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("statistics");

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
