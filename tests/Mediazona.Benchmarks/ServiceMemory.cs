namespace Mediazona.Benchmarks;

/// <summary>Peak resident memory (VmHWM) of the suite's processes, found through up.sh's pid files.</summary>
static class ServiceMemory
{
    public static IReadOnlyList<(string Name, long PeakMegabytes)> Read(string pidDirectory)
    {
        if (!Directory.Exists(pidDirectory))
            return [];
        var result = new List<(string, long)>();
        foreach (var file in Directory.GetFiles(pidDirectory, "*.pid").Order())
        {
            var status = $"/proc/{File.ReadAllText(file).Trim()}/status";
            if (!File.Exists(status))
                continue;
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kilobytes))
                result.Add((Path.GetFileNameWithoutExtension(file), kilobytes / 1024));
        }
        return result;
    }
}
