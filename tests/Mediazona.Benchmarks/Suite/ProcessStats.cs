using System.Globalization;

namespace Mediazona.Benchmarks.Suite;

/// <summary>What Linux says about a process right now (/proc/PID/status, stat and fd).</summary>
sealed record ProcessStats(double RssMiB, double PeakRssMiB, int Threads, int OpenFiles, double CpuSeconds)
{
    static readonly double TicksPerSecond = 100; // USER_HZ is 100 on every Linux this runs on

    /// <summary>null when the process is gone.</summary>
    public static ProcessStats? Read(int pid)
    {
        try
        {
            var status = File.ReadAllLines($"/proc/{pid}/status");
            // stat's second field is "(comm)" and may hold spaces: count fields after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After the comm: state is field 3, utime 14 and stime 15 (1-based, man 5 proc).
            var cpu = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            var files = Directory.Exists($"/proc/{pid}/fd") ? Directory.GetFiles($"/proc/{pid}/fd").Length : 0;
            return new ProcessStats(Kilobytes(status, "VmRSS:") / 1024.0, Kilobytes(status, "VmHWM:") / 1024.0,
                (int)Kilobytes(status, "Threads:"), files, cpu);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    static long Kilobytes(string[] status, string key)
    {
        var line = status.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Process ids whose command line contains every given fragment (e.g. the PostgreSQL and RabbitMQ processes of
    /// one environment, found by their data folder), so their CPU can be put next to the hosts'.
    /// </summary>
    public static IReadOnlyList<int> Find(Func<string, bool> commandLine)
    {
        var found = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                continue;
            try
            {
                if (commandLine(File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ')))
                    found.Add(pid);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
        return found;
    }

    /// <summary>Children of a process (PostgreSQL's backends are children of the postmaster).</summary>
    public static IReadOnlyList<int> Children(int parent)
    {
        var found = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) == parent)
                    found.Add(pid);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
        return found;
    }
}
