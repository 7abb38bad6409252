// A worker that polls the suite's statistics through the Mediazona.Client package.
// Settings (appsettings.json or environment): Mediazona__Address, Mediazona__ApiKey, Mediazona__Interval; --once polls once.
using Mediazona.Client;
using Mediazona.Samples.Worker;

var builder = Host.CreateApplicationBuilder(args);
var settings = builder.Configuration.GetSection("Mediazona");
builder.Services.AddMediazonaClient(o =>
{
    o.Address = new Uri(settings["Address"] ?? "http://127.0.0.1:8081");
    o.ApiKey = settings["ApiKey"] ?? Environment.GetEnvironmentVariable("MZ_API_KEY");
});
builder.Services.AddHostedService<DigestWorker>();
builder.Build().Run();
