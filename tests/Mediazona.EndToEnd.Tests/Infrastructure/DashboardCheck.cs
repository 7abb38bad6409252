using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Mediazona.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Node, Chromium and the dashboard's browser check (dashboard/test/dashboard.check.mjs): a plan of actions on the
/// page's own controls goes in, the page's snapshot after each named step comes back.
/// </summary>
static class Dashboard
{
    static string Folder => Path.Combine(TestEnvironment.RepositoryRoot(), "dashboard");

    static string Chromium => Environment.GetEnvironmentVariable("MZ_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Fails (never skips) with what to install when node is missing.</summary>
    public static void RequireNode()
    {
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", ["--version"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            node.WaitForExit(30_000);
            if (node.ExitCode != 0)
                throw new Xunit.Sdk.XunitException($"'node --version' exited with {node.ExitCode}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new Xunit.Sdk.XunitException("node is not on PATH: the dashboard tests (and the gateway's build) need Node.js 18 or later with npm");
        }
    }

    /// <summary>Fails with what to install when node, Chromium or the check's npm packages are missing.</summary>
    public static void RequireTools()
    {
        RequireNode();
        if (!File.Exists(Chromium))
            throw new Xunit.Sdk.XunitException($"Chromium not found at {Chromium}: apt-get install chromium (deploy/local/lib.sh ensure_packages installs it), or set MZ_CHROMIUM");
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "playwright-core")))
            throw new Xunit.Sdk.XunitException($"{Folder}/node_modules/playwright-core is missing: the gateway's build runs npm ci there (or run it by hand)");
    }

    /// <summary>Where the screenshots go: beside test.sh's results (.local/test/results/dashboard/), one folder per run.</summary>
    public static string ScreenshotFolder(string run)
    {
        var results = Environment.GetEnvironmentVariable("MZ_TEST_RESULTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(TestEnvironment.RepositoryRoot(), ".local", "test", "results");
        return Path.Combine(results, "dashboard", run);
    }

    /// <summary>
    /// Runs the plan (actions as the script's header lists them) with a read key and returns the report; a failed
    /// run fails the test with the script's output and the hosts' logs.
    /// </summary>
    public static async Task<JsonElement> CheckAsync(SuiteFixture suite, IEnumerable<object> plan, string screenshots)
    {
        RequireTools();
        var planFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(planFile, JsonSerializer.Serialize(plan.ToArray()));
        try
        {
            var (exitCode, output, errors) = await RunNodeAsync(
                ["test/dashboard.check.mjs", "--chromium", Chromium, "--url", suite.GatewayHttp.ToString(), "--key", SuiteKeys.Reader,
                 "--plan", planFile, "--screenshots", screenshots], TimeSpan.FromMinutes(5));
            var report = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
            if (exitCode != 0 || report is null)
                throw new Xunit.Sdk.XunitException($"dashboard.check.mjs exited with {exitCode}:\n{errors}\n{output}\n{suite.Logs()}");
            return JsonDocument.Parse(report).RootElement.Clone();
        }
        finally
        {
            File.Delete(planFile);
        }
    }

    public static async Task<(int ExitCode, string Output, string Errors)> RunNodeAsync(string[] arguments, TimeSpan bound)
    {
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(bound); // a bound on a hung browser, not an assertion
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync();
            return (-1, await output, $"killed after {bound}\n{await errors}");
        }
        return (node.ExitCode, await output, await errors);
    }
}

/// <summary>Reads one step's snapshot of the page (window.mzDashboard.snapshot()) as the tests compare it.</summary>
static class PageView
{
    public static JsonElement Chart(JsonElement step, string name) => step.GetProperty("charts").GetProperty(name);

    public static JsonElement Tile(JsonElement step, string field) => step.GetProperty("tiles").GetProperty(field);

    public static long[] Tiles(JsonElement step, params string[] fields) =>
        [.. fields.Select(f => long.Parse(Tile(step, f).GetProperty("value").GetString()!, CultureInfo.InvariantCulture))];

    public static string[] Labels(JsonElement chart) => [.. chart.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)];

    static JsonElement Dataset(JsonElement chart, string key) =>
        chart.GetProperty("datasets").EnumerateArray().SingleOrDefault(d => d.GetProperty("key").GetString() == key) is { ValueKind: JsonValueKind.Object } found
            ? found
            : throw new Xunit.Sdk.XunitException($"no dataset '{key}' in {chart}");

    public static long[] Series(JsonElement chart, string key) => [.. Dataset(chart, key).GetProperty("data").EnumerateArray().Select(v => v.GetInt64())];

    public static double?[] NullableSeries(JsonElement chart, string key) =>
        [.. Dataset(chart, key).GetProperty("data").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : Math.Round(v.GetDouble(), 9))];

    /// <summary>Where a line's points were drawn, read back through its value axis (null: no point).</summary>
    public static double?[] Plotted(JsonElement chart, string key) =>
        [.. Dataset(chart, key).GetProperty("plotted").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble())];

    /// <summary>The court table's rows as drawn: code, name, and each cell's value (data-value, invariant).</summary>
    public static List<(string Court, string Name, Dictionary<string, string> Cells)> CourtRows(JsonElement step) =>
        [.. step.GetProperty("courts").EnumerateArray().Select(r => (r.GetProperty("court").GetString()!, r.GetProperty("name").GetString()!,
            r.GetProperty("cells").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetProperty("value").GetString()!)))];

    public static List<(string Court, long Cases)> CourtCases(JsonElement step) =>
        [.. CourtRows(step).Select(r => (r.Court, Number(r.Cells["cases"])))];

    public static long Number(string value) => long.Parse(value, CultureInfo.InvariantCulture);

    /// <summary>Intl writes no-break spaces in Russian numbers: compare with plain ones.</summary>
    public static string Spaces(string? text) => (text ?? "").Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
