using System.Diagnostics;
using System.Globalization;
using Google.Protobuf;
using Mediazona.Contracts.Statistics.V1;

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

    /// <summary>What a finished run printed and returned.</summary>
    public sealed record Run(int Exit, string Out, string Error);

    /// <summary>Runs it to the end (bounded, not timed) with the reader's key.</summary>
    public static async Task<Run> RunAsync(SuiteFixture suite, params string[] arguments)
    {
        using var process = Start(suite, SuiteKeys.Reader, arguments);
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(bound.Token);
        var stderr = process.StandardError.ReadToEndAsync(bound.Token);
        await process.WaitForExitAsync(bound.Token);
        return new Run(process.ExitCode, await stdout, (await stderr).ReplaceLineEndings("\n"));
    }

    /// <summary>Ctrl-C: SIGINT to a process a test started.</summary>
    public static void Interrupt(Process process)
    {
        using var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>What one watch showed: its first summary's cases, the cases of the first update that differs, its exit code and stderr.</summary>
    public sealed record WatchRun(long First, long Last, int Exit, string Errors);

    /// <summary>
    /// `mzctl watch --format json` over one court as of 2023-06-01: reads the first summary, runs `meanwhile`, reads on
    /// until the court's case count moves (other tests' batches move the data version too), then Ctrl-C.
    /// </summary>
    public static async Task<WatchRun> WatchAsync(SuiteFixture suite, string court, Func<Task> meanwhile, TimeSpan bound)
    {
        using var watch = Start(suite, SuiteKeys.Reader, "watch", "--as-of", "2023-06-01", "--court", court, "--format", "json");
        using var timeout = new CancellationTokenSource(bound); // a bound, not an assertion
        var stderr = watch.StandardError.ReadToEndAsync(timeout.Token);
        long first, last;
        try
        {
            first = Cases(await watch.StandardOutput.ReadLineAsync(timeout.Token));
            await meanwhile();
            last = first;
            while (last == first && await watch.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
                last = Cases(line);
            Interrupt(watch);
            await watch.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!watch.HasExited)
                watch.Kill();
        }
        return new WatchRun(first, last, watch.ExitCode, await stderr);
    }

    static long Cases(string? line) => JsonParser.Default.Parse<WatchSummaryResponse>(line ?? "").Summary.Cases;
}
