using System.Diagnostics;
using System.Globalization;

namespace Mediazona.EndToEnd.Tests.Infrastructure;

/// <summary>The built mzctl (copied next to this assembly) run against a suite's gateway.</summary>
static class Mzctl
{
    /// <summary>Starts it with these arguments, the gateway's gRPC address unless they give one, and the key (MZ_API_KEY).</summary>
    public static Process Start(SuiteFixture suite, string key, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mzctl.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        if (!arguments.Any(a => a.StartsWith("--gateway", StringComparison.Ordinal)))
            start.ArgumentList.Add("--gateway=" + suite.GatewayGrpc);
        start.Environment["MZ_API_KEY"] = key;
        return Process.Start(start) ?? throw new InvalidOperationException("mzctl did not start");
    }

    /// <summary>Ctrl-C: SIGINT to a process a test started.</summary>
    public static void Interrupt(Process process)
    {
        using var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
