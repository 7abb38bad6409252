using System.Text.Json;

namespace Mediazona.Benchmarks.Soak;

/// <summary>
/// Errors and warnings the hosts logged while the soak ran (their JSON log lines after the soak's start): an
/// error logged by a host fails the soak like an error answered to a client.
/// </summary>
sealed class LogWatch
{
    readonly Dictionary<string, (string Path, long Offset)> _start = [];

    public LogWatch(IEnumerable<Suite.SuiteHost> hosts)
    {
        foreach (var host in hosts)
        {
            if (host.LogPath is { } path && File.Exists(path))
                _start[host.Name] = (path, new FileInfo(path).Length);
        }
    }

    public sealed record Counts(int Errors, int Warnings, string? FirstError);

    /// <summary>Per host, what it logged since the watch began; null for a host without a readable log.</summary>
    public Counts? Since(string host)
    {
        if (!_start.TryGetValue(host, out var start))
            return null;
        using var stream = new FileStream(start.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(start.Offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        int errors = 0, warnings = 0;
        string? first = null;
        while (reader.ReadLine() is { } line)
        {
            var level = Level(line);
            if (level is "Error" or "Critical")
            {
                errors++;
                first ??= Message(line);
            }
            else if (level == "Warning")
            {
                warnings++;
            }
        }
        return new Counts(errors, warnings, first);
    }

    static string? Level(string line)
    {
        const string key = "\"LogLevel\":\"";
        var at = line.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var end = line.IndexOf('"', at + key.Length);
        return end < 0 ? null : line[(at + key.Length)..end];
    }

    static string Message(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var message = json.RootElement.TryGetProperty("Message", out var m) ? m.GetString() ?? "" : line;
            return message.Length > 300 ? message[..300] + "…" : message;
        }
        catch (JsonException)
        {
            return line.Length > 300 ? line[..300] + "…" : line;
        }
    }
}
