using System.Diagnostics;
using System.Globalization;
using Mediazona.Benchmarks.Suite;

namespace Mediazona.Benchmarks.Profiling;

/// <summary>
/// Stack samples of some hosts while the pipeline push runs: dotnet-trace (EventPipe sample profiler, written as
/// speedscope JSON) per host and, with --perf, Linux perf (cpu-clock, native frames, JIT frames through the
/// hosts' perf maps). Started before the push, stopped with SIGINT right after it, then summarised by
/// profile/top_frames.py.
/// </summary>
sealed class ProfileSession
{
    /// <summary>
    /// dotnet-trace 10's cpu-sampling profile needs collect-linux (kernel user_events, absent from this kernel);
    /// dotnet-sampled-thread-time is the EventPipe sample profiler every runtime has. top_frames.py drops the
    /// samples of threads that are waiting, which leaves the running ones.
    /// </summary>
    const string TraceProfile = "dotnet-sampled-thread-time";
    readonly List<(string Name, Process Process, string Output)> _collectors = [];
    readonly List<SuiteHost> _perfHosts = [];
    readonly string _directory;

    ProfileSession(string directory) => _directory = directory;

    public static async Task<ProfileSession> StartAsync(Settings settings, IReadOnlyList<SuiteHost> hosts, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(settings.ProfileDirectory!);
        Directory.CreateDirectory(directory);
        var session = new ProfileSession(directory);
        var tool = DotnetTrace();
        foreach (var name in settings.Trace ? settings.ProfileServices : [])
        {
            var host = hosts.FirstOrDefault(h => h.Name == name) ?? throw new ArgumentException($"no host named {name} to profile");
            var output = Path.Combine(directory, name + ".nettrace");
            session.Launch(name, tool, ["collect", "-p", Text(host.Pid), "--profile", TraceProfile, "--format", "Speedscope", "-o", output], output);
        }
        if (settings.Perf)
        {
            var output = Path.Combine(directory, "perf.data");
            var profiled = settings.ProfileServices.Select(n => hosts.First(h => h.Name == n)).ToList();
            session._perfHosts.AddRange(profiled);
            session.Launch("perf", "perf", ["record", "-e", "cpu-clock", "-F", "499", "-g", "-p", string.Join(',', profiled.Select(h => Text(h.Pid))), "-o", output], output);
        }
        // EventPipe sessions take a moment to attach; samples taken before the push only add idle stacks.
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        foreach (var (name, process, _) in session._collectors)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{name} profiler exited early ({process.ExitCode}); see {session._directory}/{name}.collector.log");
        }
        return session;
    }

    void Launch(string name, string file, string[] arguments, string output)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        var log = new StreamWriter(Path.Combine(_directory, name + ".collector.log")) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _collectors.Add((name, process, output));
    }

    /// <summary>Stops every collector (SIGINT, as Ctrl+C), waits for the files, and prints the top frames of each.</summary>
    public async Task StopAndReportAsync(CancellationToken cancellationToken)
    {
        foreach (var (_, process, _) in _collectors)
        {
            using var interrupt = Process.Start("kill", ["-INT", Text(process.Id)]);
            await interrupt.WaitForExitAsync(cancellationToken);
        }
        foreach (var (name, process, _) in _collectors)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(5)); // the speedscope conversion of a large trace takes a while
            await process.WaitForExitAsync(timeout.Token);
            Console.WriteLine($"profile: {name} collector exited with {process.ExitCode}");
        }

        // One summary per traced host, and per host from perf (perf script resolves JIT-compiled frames through
        // /tmp/perf-PID.map, which DOTNET_PerfMapEnabled=1 makes the hosts write).
        var inputs = _collectors.Where(c => c.Name != "perf").Select(c => (c.Name, Input: Path.ChangeExtension(c.Output, ".speedscope.json"))).ToList();
        foreach (var host in _perfHosts)
        {
            var input = Path.Combine(_directory, $"perf.{host.Name}.txt");
            await RunAsync("bash", ["-c", $"perf script -i '{Path.Combine(_directory, "perf.data")}' --pid {Text(host.Pid)} > '{input}' 2>/dev/null"], null, cancellationToken);
            inputs.Add(($"{host.Name} (perf)", input));
        }
        var script = Path.Combine(OwnSuite.RepositoryRoot(), "tests", "Mediazona.Benchmarks", "profile", "top_frames.py");
        foreach (var (name, input) in inputs)
        {
            if (!File.Exists(input))
            {
                Console.WriteLine($"profile: {input} is missing; see the *.collector.log files in {_directory}");
                continue;
            }
            var report = Path.ChangeExtension(input, ".top.md");
            await RunAsync("python3", [script, input, "--top", "25"], report, cancellationToken);
            Console.WriteLine();
            Console.WriteLine($"## profile of {name} ({input})");
            Console.WriteLine(await File.ReadAllTextAsync(report, cancellationToken));
        }
    }

    static async Task RunAsync(string file, string[] arguments, string? stdoutFile, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = stdoutFile is not null, UseShellExecute = false };
        using var process = Process.Start(start)!;
        if (stdoutFile is not null)
            await File.WriteAllTextAsync(stdoutFile, await process.StandardOutput.ReadToEndAsync(cancellationToken), cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
    }

    /// <summary>dotnet-trace from .local/tools (see profile/README.md for the install line), else from PATH.</summary>
    static string DotnetTrace()
    {
        var local = Path.Combine(OwnSuite.RepositoryRoot(), ".local", "tools", "dotnet-trace");
        return File.Exists(local) ? local : "dotnet-trace";
    }

    static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
