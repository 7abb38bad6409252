using System.Text.Json;
using Mediazona.FakeCourts.Serving;
using Mediazona.FakeCourts.Truth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mediazona.FakeCourts;

/// <summary>
/// Many fake court sites on one loopback port, each under its code: http://127.0.0.1:PORT/99GV0001/modules.php?…
/// Start it in a test with <see cref="StartAsync"/>; <see cref="Courts"/> is the truth, <see cref="Requests"/> what was asked.
/// </summary>
public sealed class FakeCourtSite : IAsyncDisposable
{
    readonly WebApplication _app;

    readonly Dictionary<string, CaptchaDesk> _captchas;

    FakeCourtSite(WebApplication app, IReadOnlyList<FakeCourt> courts, RequestLog requests, Uri root, Dictionary<string, CaptchaDesk> captchas)
    {
        _app = app;
        _captchas = captchas;
        Courts = courts;
        Requests = requests;
        Root = root;
    }

    public IReadOnlyList<FakeCourt> Courts { get; }
    public RequestLog Requests { get; }
    public Uri Root { get; }

    /// <summary>Where a court's site starts: its modules.php lives right under it.</summary>
    public Uri BaseUrl(string code) => new(Root, code + "/");

    public FakeCourt Court(string code) => Courts.Single(c => c.Code == code);

    /// <summary>A captcha court's challenges: what its pictures say, how many were issued.</summary>
    public CaptchaDesk Captcha(string code) => _captchas[code];

    public static async Task<FakeCourtSite> StartAsync(FakeSiteOptions options, TimeProvider? clock = null)
    {
        var courts = TruthGenerator.Courts(options);
        var requests = new RequestLog();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var captchas = new Dictionary<string, CaptchaDesk>();
        foreach (var (court, index) in courts.Select((c, i) => (c, i)))
        {
            var captcha = court.Profile.Captcha ? captchas[court.Code] = new CaptchaDesk(options.Seed + index, options.CaptchaAnswerLasts) : null;
            var endpoint = new CourtEndpoint(court, options, requests, clock ?? TimeProvider.System, captcha);
            app.MapGet($"/{court.Code}/modules.php", endpoint.HandleAsync);
        }
        app.MapGet("/truth.json", () => Results.Json(courts, TruthJson.Options));
        // What a captcha's picture says, for a person trying `mzctl crawl --captcha` against the fake site without reading it.
        app.MapGet("/captcha-answer", (string court, string id) =>
            captchas.TryGetValue(court, out var desk) && desk.AnswerOf(id) is { } answer ? Results.Text(answer) : Results.NotFound());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeCourtSite(app, courts, requests, new Uri(address.TrimEnd('/') + "/"), captchas);
    }

    /// <summary>The truth as JSON (what /truth.json serves), for tests and for checking statistics by hand.</summary>
    public string TruthAsJson() => JsonSerializer.Serialize(Courts, TruthJson.Options);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

static class TruthJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
