using System.Globalization;
using Mediazona.Benchmarks;
using Mediazona.Benchmarks.Soak;
using Mediazona.Benchmarks.Suite;

// The benchmark (one table), the soak (--soak 10m) or a profiled push (--profile DIR); see docs/stress.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args is [BareGrpcBaseline.ServeFlag, var port])
{
    await BareGrpcBaseline.ServeAsync(int.Parse(port, CultureInfo.InvariantCulture));
    return 0;
}
var settings = Settings.Parse(args);
using var cancel = new CancellationTokenSource((settings.Soak ?? TimeSpan.Zero) + TimeSpan.FromMinutes(30));
var token = cancel.Token;

OwnSuite? suite = null;
if (settings.StartSuite)
{
    // perf names JIT-compiled code through /tmp/perf-PID.map, but only outside W^X's double-mapped memfd regions:
    // so for --perf, no W^X. The framework's precompiled (ReadyToRun) code stays unnamed but is told by its library.
    var extra = new Dictionary<string, string>(settings.HostEnvironment);
    if (settings.Perf)
    {
        extra["DOTNET_PerfMapEnabled"] = "1";
        extra["DOTNET_EnableWriteXorExecute"] = "0";
    }
    suite = await OwnSuite.StartAsync(settings, extra, token);
    settings = suite.Apply(settings);
    Console.WriteLine($"own suite: gateway {settings.GatewayGrpc}, logs in {suite.LogDirectory}");
}
try
{
    var hosts = suite?.Hosts ?? SuiteHost.FromPidFiles(settings.PidDirectory);
    return settings.Soak is { } duration
        ? await SoakRun.RunAsync(settings, duration, hosts, token)
        : await BenchmarkRun.RunAsync(settings, hosts, token);
}
finally
{
    if (suite is not null)
        await suite.DisposeAsync();
}
