using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Mediazona.EndToEnd.Tests.Infrastructure;

/// <summary>deploy/local/up.sh and down.sh as a user runs them, and the listening sockets of what they started.</summary>
static partial class LocalRun
{
    static string Root => TestEnvironment.RepositoryRoot();

    /// <summary>Where up.sh keeps the run environment's state (deploy/local/lib.sh: mz_env run).</summary>
    public static string State => Path.Combine(Root, ".local", "run");

    /// <summary>
    /// Runs a script of deploy/local with its output in a log file; throws with the log's tail when it fails. Arguments
    /// of the form NAME=value are set in its environment, the others passed on.
    /// </summary>
    public static async Task ScriptAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        var environment = arguments.Where(a => a.Contains('=', StringComparison.Ordinal)).ToList();
        arguments = [.. arguments.Except(environment)];
        var log = Path.Combine(Root, ".local", "test", $"local-run-{script}.log");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        // Output to a file, not a pipe: the processes up.sh leaves running must not hold the test's pipe open.
        var command = $"{string.Join(' ', environment)} \"{Path.Combine(Root, "deploy", "local", script)}\" {string.Join(' ', arguments)} >\"{log}\" 2>&1 </dev/null";
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { UseShellExecute = false })!;
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{script} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n" +
                string.Join('\n', File.ReadLines(log).TakeLast(30)));
    }

    /// <summary>
    /// The run environment's infrastructure ports (PostgreSQL, AMQP, Erlang distribution, epmd, Redis), as deploy/local/lib.sh
    /// sets them: read from `lib.sh`'s mz_env through bash, so they are said in one place.
    /// </summary>
    public static IEnumerable<int> InfrastructurePorts()
    {
        var script = $"source \"{Path.Combine(Root, "deploy", "local", "lib.sh")}\" && mz_env run && echo $MZ_PG_PORT $MZ_AMQP_PORT $MZ_DIST_PORT $MZ_EPMD_PORT $MZ_REDIS_PORT";
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", script]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);
    }

    /// <summary>The pids of every process up.sh started: the .NET hosts, the postmaster, Redis, the RabbitMQ node and epmd.</summary>
    public static IReadOnlySet<int> Pids()
    {
        var files = Directory.EnumerateFiles(Path.Combine(State, "pids"), "*.pid")
            .Append(Path.Combine(State, "pg", "data", "postmaster.pid"))
            .Append(Path.Combine(State, "redis", "redis.pid"))
            .Append(Path.Combine(State, "rabbit", "rabbit.pid"))
            .Append(Path.Combine(State, "rabbit", "epmd.pid"));
        var pids = new HashSet<int>();
        foreach (var file in files.Where(File.Exists))
            if (int.TryParse(File.ReadLines(file).FirstOrDefault(), out var pid))
                pids.Add(pid);
        return pids;
    }

    public sealed record Socket(IPAddress Address, int Port, IReadOnlySet<int> Pids, string Line);

    /// <summary>Every listening TCP socket on the machine, from `ss -Hltnp`.</summary>
    public static async Task<IReadOnlyList<Socket>> ListeningAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("ss", ["-Hltnp"]) { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParseSocket)];
    }

    // "LISTEN 0 512 127.0.0.1:8080 0.0.0.0:* users:(("dotnet",pid=1234,fd=200))"; addresses may be "*", "[::1]" or "[::ffff:127.0.0.1]".
    static Socket ParseSocket(string line)
    {
        var local = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3];
        var colon = local.LastIndexOf(':');
        var host = local[..colon].Trim('[', ']');
        var address = host == "*" ? IPAddress.IPv6Any : IPAddress.Parse(host.Split('%')[0]);
        var pids = PidPattern().Matches(line).Select(m => int.Parse(m.Groups[1].Value)).ToHashSet();
        return new Socket(address, int.Parse(local[(colon + 1)..]), pids, line);
    }

    /// <summary>127.0.0.0/8, ::1, or an IPv4-mapped loopback address.</summary>
    public static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address) || (address.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(address.MapToIPv4()));

    [GeneratedRegex(@"pid=(\d+)")]
    private static partial Regex PidPattern();
}
