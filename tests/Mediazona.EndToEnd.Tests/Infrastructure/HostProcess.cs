using System.Diagnostics;
using System.Net;

namespace Mediazona.EndToEnd.Tests.Infrastructure;

/// <summary>One built host (service or gateway) run as a real process, its output kept in a log file.</summary>
sealed class HostProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly StreamWriter _log;
    readonly (string Project, IReadOnlyDictionary<string, string> Environment, string LogDir) _start;

    public string Name { get; }
    public string LogPath { get; }
    public Uri HealthUri { get; }

    HostProcess(string name, Process process, StreamWriter log, string logPath, Uri healthUri,
        (string, IReadOnlyDictionary<string, string>, string) start)
    {
        _start = start;
        Name = name;
        _process = process;
        _log = log;
        LogPath = logPath;
        HealthUri = healthUri;
    }

    /// <param name="healthUri">/healthz on the host's metrics port (HTTP/1.1, open).</param>
    public static HostProcess Start(string name, string projectDir, IReadOnlyDictionary<string, string> environment,
        Uri healthUri, string logDir, bool appendLog = false)
    {
        var root = TestEnvironment.RepositoryRoot();
        var assembly = Path.GetFileName(projectDir);
        var outputDir = Path.Combine(root, projectDir, "bin", TestEnvironment.BuildConfiguration(), "net10.0");
        var dll = Path.Combine(outputDir, assembly + ".dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is missing: build the solution first");

        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = outputDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = "0";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        Directory.CreateDirectory(logDir);
        var logPath = Path.Combine(logDir, name + ".log");
        var log = new StreamWriter(logPath, append: appendLog) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(name, process, log, logPath, healthUri, (projectDir, environment, logDir));
    }

    static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.WriteLine(line);
    }

    /// <summary>Polls the health endpoint until it answers 200, the process dies, or the time runs out.</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient(new SocketsHttpHandler()) { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}:\n{Tail()}");
            try
            {
                using var response = await client.GetAsync(HealthUri);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{Name} not healthy after {timeout}:\n{Tail()}");
    }

    public string Tail(int lines = 40)
    {
        lock (_log)
        {
            _log.Flush();
        }
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException ex)
        {
            return $"(log unreadable: {ex.Message})";
        }
    }

    /// <summary>SIGKILL: no shutdown hooks run, as when a node dies.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>The same host started again on the same ports and settings (plus any extra ones), its log appended to.</summary>
    public HostProcess StartAgain(IReadOnlyDictionary<string, string>? extraEnvironment = null)
    {
        var environment = new Dictionary<string, string>(_start.Environment);
        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string>())
            environment[key] = value;
        return Start(Name, _start.Project, environment, HealthUri, _start.LogDir, appendLog: true);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        lock (_log)
            _log.Dispose();
    }
}
